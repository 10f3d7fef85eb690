/**
 * Loading a dataset: from a URL (the bundled file, a same-origin path or an https URL) or from a
 * file the user picked. Every path ends in the one validator. Failures are typed so the UI can say
 * exactly what went wrong: network, HTTP status, size, not JSON, or schema problems with paths.
 */
import { queryOptions } from "@tanstack/react-query";
import type { Dataset } from "./schema";
import type { Problem } from "./problems";
import { BodyStalled, BodyTooLarge, readCappedText, withStallTimer } from "./read-capped";
import { validateText } from "./validate-off-thread";
import { verifiedBundledDataset } from "./verified-bundle";

export const BUNDLED_DATASET_URL = `${import.meta.env.BASE_URL}data/indo-pacific.json`;
export const MAX_DATASET_BYTES = 25 * 1024 * 1024;
/** How long a dataset request may go without receiving anything before it is given up. */
export const STALL_MS = 20_000;

export type LoadFailureKind =
  | "network"
  | "timeout"
  | "http"
  | "too-large"
  | "not-json"
  | "schema"
  | "bad-url"
  | "file-type"
  | "unreadable";

export class DatasetLoadError extends Error {
  readonly kind: LoadFailureKind;
  readonly problems: Problem[];
  constructor(kind: LoadFailureKind, message: string, problems: Problem[] = []) {
    super(message);
    this.name = "DatasetLoadError";
    this.kind = kind;
    this.problems = problems;
  }
}

/** Where a dataset came from: what the foreign-data banner names and what "go back" restores. */
export type DatasetSource =
  | { kind: "bundled" }
  /** `url` is the `data=` value as written in the address (a relative path or an http(s) URL). */
  | { kind: "url"; url: string }
  /** A file the user opened or dropped: it is not in the URL, so shared links cannot carry it. */
  | { kind: "file"; name: string; format: "json" | "csv" };

export interface LoadedDataset {
  dataset: Dataset;
  /** Where it came from, as shown to the user: "bundled", a host or path, or a file name. */
  origin: string;
  bundled: boolean;
  source: DatasetSource;
}

/**
 * Resolves a `data=` value to a fetchable URL: same-origin paths or http(s) URLs only. One policy for
 * backslashes: URL parsers read a backslash as "/" in http(s) addresses, so a value such as
 * "/" + "\\" + "evil.example" would leave the site while looking like a path; any value with a
 * backslash (typed, or written %5C) is refused, with a message.
 */
export function resolveDataUrl(value: string, base: string = window.location.href): URL {
  if (/\\|%5c/i.test(value))
    throw new DatasetLoadError(
      "bad-url",
      `"${value.slice(0, 80)}" contains a backslash; use a path with "/" or a full https:// address`,
    );
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new DatasetLoadError("bad-url", `"${value}" is not a valid URL or path`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new DatasetLoadError(
      "bad-url",
      `Only http(s) URLs or relative paths can be loaded, not "${url.protocol}"`,
    );
  return url;
}

export async function datasetFromText(text: string, what: string): Promise<Dataset> {
  const result = await validateText(text);
  if (result.ok) return result.dataset;
  const notJson = result.problems.length === 1 && result.problems[0]?.message.startsWith("not valid JSON");
  if (notJson) throw new DatasetLoadError("not-json", `${what} is not JSON`, result.problems);
  throw new DatasetLoadError("schema", `${what} does not match the Lattice dataset format`, result.problems);
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<LoadedDataset> {
  const bundled = url === BUNDLED_DATASET_URL;
  const resolved = bundled ? new URL(url, window.location.href) : resolveDataUrl(url);
  const where = resolved.host || resolved.pathname;
  // Aborts the request when it stalls, as well as when the caller cancels.
  const controller = new AbortController();
  if (signal?.aborted) controller.abort(signal.reason);
  signal?.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  const stalled = () =>
    new DatasetLoadError(
      "timeout",
      `${where} sent nothing for ${STALL_MS / 1000} s; the server may be down or very slow`,
    );
  let response: Response;
  try {
    // No cookie or credential travels with a dataset request, to any host (docs/security.md).
    const request = fetch(resolved, { credentials: "omit", signal: controller.signal });
    response = await withStallTimer(request, STALL_MS, () => controller.abort());
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof BodyStalled || controller.signal.aborted) throw stalled();
    throw new DatasetLoadError("network", `Could not reach ${where} (network error)`);
  }
  if (!response.ok)
    throw new DatasetLoadError(
      "http",
      `The server answered ${response.status} ${response.statusText} for ${resolved.pathname}`,
    );
  // Content-Length: 0 without one, NaN if it is not a number (then the capped read decides).
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > MAX_DATASET_BYTES) throw tooLarge(declared);
  let text: string;
  try {
    text = await readCappedText(response, MAX_DATASET_BYTES, STALL_MS);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (error instanceof BodyTooLarge) throw tooLarge(error.bytes, "more than ");
    if (error instanceof BodyStalled) throw stalled();
    throw new DatasetLoadError("network", `The connection to ${where} broke while the dataset was loading`);
  }
  // Named by where it finally came from: a redirect may have taken the request to another host.
  const final = response.url ? new URL(response.url) : resolved;
  const sameOrigin = final.origin === window.location.origin;
  const origin = bundled ? "bundled" : sameOrigin ? final.pathname : final.host;
  return {
    dataset:
      (bundled ? await verifiedBundledDataset(text) : null) ??
      (await datasetFromText(text, `The dataset at ${origin}`)),
    origin,
    bundled,
    source: bundled ? { kind: "bundled" } : { kind: "url", url },
  };
}

/** The format a file name says it holds, or null when Lattice cannot open it. */
export function fileFormat(name: string): "json" | "csv" | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return ext === "json" ? "json" : ext === "csv" ? "csv" : null;
}

/**
 * Opens a file the user picked or dropped: JSON in the Lattice format, or a CSV of agreements
 * (csv-import.ts). The size is checked before a byte is read; both formats end in the one validator.
 */
export async function loadDatasetFile(
  file: File,
  today: string = new Date().toISOString().slice(0, 10),
): Promise<LoadedDataset> {
  const name = file.name;
  const format = fileFormat(name);
  if (!format)
    throw new DatasetLoadError("file-type", `${name} is not a .json or .csv file; Lattice opens those two`);
  if (file.size > MAX_DATASET_BYTES) throw tooLarge(file.size);
  let text: string;
  try {
    text = await file.text();
  } catch {
    throw new DatasetLoadError("unreadable", `${name} could not be read`);
  }
  let dataset: Dataset;
  if (format === "json") dataset = await datasetFromText(text, name);
  else {
    // Loaded on first use: papaparse and the country list are not needed to show the bundled data.
    const { datasetFromCsv } = await import("./csv-import");
    const result = datasetFromCsv(text, { fileName: name, today });
    if (!result.ok)
      throw new DatasetLoadError("schema", `${name} could not be imported as agreements`, result.problems);
    dataset = result.dataset;
  }
  return { dataset, origin: name, bundled: false, source: { kind: "file", name, format } };
}

function tooLarge(bytes: number, more = ""): DatasetLoadError {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new DatasetLoadError("too-large", `The dataset is ${more}${mb} MB; Lattice opens files up to 25 MB`);
}

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: ["dataset", url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    retry: false,
  });
}

/** How a `data=` value is named to the user: the path for same-origin files, else the host. */
export function describeDataUrl(value: string, base: string = window.location.href): string {
  if (/\\|%5c/i.test(value)) return value.slice(0, 80); // refused on load (resolveDataUrl)
  try {
    const url = new URL(value, base);
    return url.origin === new URL(base).origin ? url.pathname : url.host || value;
  } catch {
    return value.slice(0, 80);
  }
}
