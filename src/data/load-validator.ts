/**
 * The validator and its zod schema are a chunk of their own, requested at start-up
 * (src/app/start-dataset-request.ts) while the dataset downloads, so evaluating them is not part of
 * the entry chunk's evaluation, the longest task of the page load (docs/performance.md).
 * Dependency-free but for dataset-request.ts (itself dependency-free), so importing it first costs nothing.
 */
import { declaredSize } from "./dataset-request";

export const loadValidator = () => import("./validate");

/**
 * From this size a dataset's text is validated in a worker (validate-off-thread.ts), so the main
 * thread never needs the validator's chunk for it. ~500 KB of JSON is about 1,500 agreements: below
 * that, validating on the main thread is shorter than starting a worker.
 */
export const OFF_THREAD_MIN_CHARS = 500_000;

/**
 * Whether a dataset answered with this response is validated on the main thread, so that the page
 * needs the validator's chunk: yes unless its declared size sends it to the worker. Without a
 * Content-Length (or with a compressed one smaller than the text), the chunk is loaded anyway.
 */
export function validatesOnMainThread(response: Response): boolean {
  const declared = declaredSize(response);
  return Number.isNaN(declared) || declared < OFF_THREAD_MIN_CHARS;
}
