/**
 * The HTTP request for a dataset, and a way to start it before the app has rendered anything.
 * Dependency-free on purpose: `src/app/start-dataset-request.ts` runs it as the first module of the
 * entry chunk, before React and the rest are evaluated, so the dataset downloads while they are.
 * fetchDataset then takes the request already under way.
 */

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/indo-pacific.json`;

interface Started {
  response: Promise<Response>;
  controller: AbortController;
}

const started = new Map<string, Started>();

/** No cookie or credential travels with a dataset request, to any host (docs/security.md). */
const requestInit = (signal: AbortSignal | undefined): RequestInit => ({
  credentials: "omit",
  ...(signal ? { signal } : {}),
});

/** Starts fetching `url` now; the first requestDataset for the same URL takes this request. */
export function startDatasetRequest(url: URL): Promise<Response> {
  const already = started.get(url.href);
  if (already) return already.response;
  const controller = new AbortController();
  const response = fetch(url, requestInit(controller.signal));
  // Nobody may ever take it (the app chose another dataset meanwhile): no unhandled rejection.
  response.catch(() => {});
  started.set(url.href, { response, controller });
  return response;
}

/**
 * The response for `url`: the request started early if there is one (used once, so Retry asks the
 * server again), else a new request. Aborting `signal` aborts either.
 */
export function requestDataset(url: URL, signal?: AbortSignal): Promise<Response> {
  const early = started.get(url.href);
  if (!early) return fetch(url, requestInit(signal));
  started.delete(url.href);
  if (signal?.aborted) early.controller.abort(signal.reason);
  signal?.addEventListener("abort", () => early.controller.abort(signal.reason), { once: true });
  return early.response;
}

/** The size a response declares (Content-Length), 0 without one, NaN if it is not a number. */
export const declaredSize = (response: Response): number =>
  Number(response.headers.get("content-length") ?? "0");

/** For tests: forget requests started early. */
export function forgetStartedRequests(): void {
  started.clear();
}
