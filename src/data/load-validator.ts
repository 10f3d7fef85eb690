/**
 * The validator and its zod schema are a chunk of their own, requested at start-up
 * (src/app/start-dataset-request.ts) while the dataset downloads, so evaluating them is not part of
 * the entry chunk's evaluation, the longest task of the page load (docs/performance.md).
 * Dependency-free, so importing it first costs nothing.
 */
export const loadValidator = () => import("./validate");
