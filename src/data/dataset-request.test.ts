import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetStartedRequests, requestDataset, startDatasetRequest } from "./dataset-request";

const url = new URL("https://example.org/data/a.json");

function mockFetch() {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn((input: URL, init?: RequestInit) => {
      calls.push({ url: input.href, init });
      return Promise.resolve(new Response(`{"n":${calls.length}}`));
    }),
  );
  return calls;
}

afterEach(() => {
  forgetStartedRequests();
  vi.unstubAllGlobals();
});

describe("dataset requests started early", () => {
  it("the first request for the URL takes the early one; a second (Retry) asks the server again", async () => {
    const calls = mockFetch();
    startDatasetRequest(url);
    expect(calls).toHaveLength(1);
    expect(await (await requestDataset(url)).json()).toEqual({ n: 1 });
    expect(calls).toHaveLength(1);
    expect(await (await requestDataset(url)).json()).toEqual({ n: 2 });
    expect(calls).toHaveLength(2);
  });

  it("another URL is fetched on its own; starting twice fetches once", () => {
    const calls = mockFetch();
    startDatasetRequest(url);
    startDatasetRequest(url);
    void requestDataset(new URL("https://example.org/data/b.json"));
    expect(calls.map((c) => c.url)).toEqual([url.href, "https://example.org/data/b.json"]);
  });

  it("never sends credentials", () => {
    const calls = mockFetch();
    startDatasetRequest(url);
    void requestDataset(new URL("https://example.org/other.json"));
    expect(calls.map((c) => c.init?.credentials)).toEqual(["omit", "omit"]);
  });

  it("aborting the caller's signal aborts the request started early", () => {
    const calls = mockFetch();
    startDatasetRequest(url);
    const caller = new AbortController();
    void requestDataset(url, caller.signal);
    caller.abort();
    expect(calls[0]!.init?.signal?.aborted).toBe(true);
  });
});
