import { afterEach, describe, expect, it, vi } from "vitest";
import { requestDataset } from "./dataset-request";

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("requestDataset", () => {
  it("never sends credentials, and passes on the caller's signal", () => {
    const calls: (RequestInit | undefined)[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn((_input: URL, init?: RequestInit) => {
        calls.push(init);
        return Promise.resolve(new Response("{}"));
      }),
    );
    const caller = new AbortController();
    void requestDataset(new URL("https://example.org/data/a.json"), caller.signal);
    void requestDataset(new URL("https://example.org/other.json"));
    expect(calls.map((init) => init?.credentials)).toEqual(["omit", "omit"]);
    caller.abort();
    expect(calls[0]!.signal?.aborted).toBe(true);
  });
});
