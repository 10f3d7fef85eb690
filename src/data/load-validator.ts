/**
 * The validator and its zod schema are a chunk of their own, loaded when a dataset needs
 * validating: the bundled dataset does not (it was validated at build time, verified-bundle.ts),
 * so zod is not on its first paint's path. Dependency-free, so importing it costs nothing.
 */
export const loadValidator = () => import("./validate");

/**
 * From this size a dataset's text is validated in a worker (validate-off-thread.ts), off the main
 * thread. ~500 KB of JSON is about 1,500 agreements: below that, validating on the main thread is
 * shorter than starting a worker.
 */
export const OFF_THREAD_MIN_CHARS = 500_000;
