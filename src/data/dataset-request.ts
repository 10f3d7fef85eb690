/**
 * The HTTP request for a dataset. No cookie or credential travels with it, to any host
 * (docs/security.md).
 */

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/indo-pacific.json`;

/** Fetches `url` without credentials; aborting `signal` aborts the request. */
export function requestDataset(url: URL, signal?: AbortSignal): Promise<Response> {
  return fetch(url, { credentials: "omit", ...(signal ? { signal } : {}) });
}

/** The size a response declares (Content-Length), 0 without one, NaN if it is not a number. */
export const declaredSize = (response: Response): number =>
  Number(response.headers.get("content-length") ?? "0");
