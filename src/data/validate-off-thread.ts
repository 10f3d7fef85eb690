/**
 * Where a dataset's text is validated: small ones on the main thread (a few ms, no worker start-up),
 * big ones in a Web Worker (validate.worker.ts), so the page stays responsive while 10,000 agreements
 * are checked. The result is the same either way: one validator. If the worker cannot start or fails,
 * the main thread does it.
 */
import { loadValidator } from "./load-validator";
import type { ValidationResult } from "./validate";

/** ~500 KB of JSON: about 1,500 agreements, 30–50 ms to validate on the benchmark machine. */
export const OFF_THREAD_MIN_CHARS = 500_000;

function inWorker(text: string): Promise<ValidationResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./validate.worker.ts", import.meta.url), { type: "module" });
    worker.onmessage = (event: MessageEvent<ValidationResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || "the validation worker could not start"));
    };
    worker.postMessage(text);
  });
}

async function onMainThread(text: string): Promise<ValidationResult> {
  const { validateDatasetText } = await loadValidator();
  return validateDatasetText(text);
}

export function validateText(text: string): Promise<ValidationResult> {
  if (text.length < OFF_THREAD_MIN_CHARS || typeof Worker === "undefined") return onMainThread(text);
  return inWorker(text).catch(() => onMainThread(text));
}
