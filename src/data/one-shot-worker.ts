/**
 * One job in a Web Worker the caller has just created (its `new Worker(new URL(…, import.meta.url))`
 * stays at the call site, where Vite finds and bundles it): posts the message, hands each reply to
 * `onReply` until it returns a result (or throws), then terminates the worker. A worker that cannot
 * start rejects, so callers can fall back to the main thread.
 */
export function runInWorker<Reply, Result>(
  worker: Worker,
  message: unknown,
  transfer: Transferable[],
  onReply: (reply: Reply) => Result | undefined,
): Promise<Result> {
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<Reply>) => {
      try {
        const result = onReply(event.data);
        if (result === undefined) return;
        worker.terminate();
        resolve(result);
      } catch (error) {
        worker.terminate();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || "the worker could not start"));
    };
    worker.postMessage(message, transfer);
  });
}
