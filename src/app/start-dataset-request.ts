/**
 * Imported first by main.tsx, so it runs before the rest of the entry chunk is evaluated: starts
 * downloading the dataset the URL asks for (the bundled one by default) at once, instead of after
 * React's first render (docs/performance.md, Decisions: Load).
 * Only a `data=` value the URL codec accepts is requested, exactly as the app would request it.
 */
import { BUNDLED_DATASET_URL, startDatasetRequest } from "../data/dataset-request";
import { loadValidator } from "../data/load-validator";
import { parseQuery } from "../state/url-codec";

/** Starts the request for the dataset this page's URL asks for, and the validator if it will be needed. */
function startRequestForThisPage(): void {
  if (typeof window === "undefined" || typeof fetch === "undefined") return;
  const { state } = parseQuery(window.location.search);
  try {
    const url = new URL(state.data ?? BUNDLED_DATASET_URL, window.location.href);
    if (url.protocol === "https:" || url.protocol === "http:") startDatasetRequest(url);
  } catch {
    // Not a URL: the app reports it when it loads the dataset itself.
  }
  // The validator's chunk, needed as soon as another dataset arrives. The bundled dataset was
  // validated when the app was built (verified-bundle.ts); the chunk is requested only if its
  // text differs.
  if (state.data !== null) void loadValidator();
}

startRequestForThisPage();
