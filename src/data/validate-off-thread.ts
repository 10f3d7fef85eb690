/**
 * Where a dataset's text is validated: small ones on the main thread (a few ms, no worker start-up),
 * big ones in a Web Worker (validate.worker.ts), so the page stays responsive while 10,000 agreements
 * are checked. The result is the same either way: one validator. If the worker cannot start or fails,
 * the main thread does it.
 */
import { runInWorker } from "./one-shot-worker";
import type { ValidationResult } from "./validate";
import { resultCollector, type ValidationMessage } from "./validate-protocol";

/**
 * From this size a dataset's text is validated in a worker, off the main thread. ~500 KB of JSON is
 * about 1,500 agreements: below that, validating on the main thread is shorter than starting a worker.
 */
export const OFF_THREAD_MIN_CHARS = 500_000;

/**
 * The validator and its zod schema are a chunk of their own, loaded when a dataset needs
 * validating: the bundled dataset does not (it was validated at build time, verified-bundle.ts),
 * so zod is not on its first paint's path.
 */
const loadValidator = () => import("./validate");

// async: a Worker constructor that throws becomes a rejection, which the caller falls back from.
async function inWorker(text: string): Promise<ValidationResult> {
  const worker = new Worker(new URL("./validate.worker.ts", import.meta.url), { type: "module" });
  const collector = resultCollector();
  return runInWorker(worker, text, [], (message: ValidationMessage) => collector.add(message));
}

async function onMainThread(text: string): Promise<ValidationResult> {
  const { validateDatasetText } = await loadValidator();
  return validateDatasetText(text);
}

export function validateText(text: string): Promise<ValidationResult> {
  if (text.length < OFF_THREAD_MIN_CHARS || typeof Worker === "undefined") return onMainThread(text);
  return inWorker(text).catch(() => onMainThread(text));
}
