/**
 * The validator and its zod schema are a chunk of their own, requested at start-up
 * (src/app/start-dataset-request.ts) while the dataset downloads, so evaluating them is not part of
 * the entry chunk's evaluation, the longest task of the page load (docs/performance.md).
 * Dependency-free, so importing it first costs nothing.
 */
export const loadValidator = () => import("./validate");

/**
 * From this size a dataset's text is validated in a worker (validate-off-thread.ts), off the main
 * thread. ~500 KB of JSON is about 1,500 agreements: below that, validating on the main thread is
 * shorter than starting a worker.
 */
export const OFF_THREAD_MIN_CHARS = 500_000;
