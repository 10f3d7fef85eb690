// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { DatasetLoadError, fetchDataset, resolveDataUrl, STALL_MS } from "./load-dataset";
import { makeFixture } from "./test-fixture";

const BASE = "https://lattice.example/app/";

function refusal(value: string): string | null {
  try {
    resolveDataUrl(value, BASE);
    return null;
  } catch (error) {
    return error instanceof DatasetLoadError ? error.kind : "threw";
  }
}

describe("data= policy", () => {
  it("refuses every backslash trick, typed or percent-encoded", () => {
    for (const value of [
      "\\evil.example/x.json",
      "/\\evil.example/x.json",
      "%5Cevil.example",
      "/%5cevil.example",
      "https:\\\\evil.example/x",
    ])
      expect(refusal(value), value).toBe("bad-url");
  });

  it("accepts paths and http(s) addresses, and names where they lead", () => {
    expect(resolveDataUrl("/data/x.json", BASE).href).toBe("https://lattice.example/data/x.json");
    expect(resolveDataUrl("x.json", BASE).href).toBe("https://lattice.example/app/x.json");
    expect(resolveDataUrl("//other.example/x.json", BASE).host).toBe("other.example");
    expect(refusal("javascript:alert(1)")).toBe("bad-url");
    expect(refusal("data:application/json,{}")).toBe("bad-url");
  });
});

describe("fetchDataset", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("names the final origin after a redirect, not the address asked for", async () => {
    const response = new Response(JSON.stringify(makeFixture()), { status: 200 });
    Object.defineProperty(response, "url", { value: "https://elsewhere.example/moved.json" });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => response),
    );
    const loaded = await fetchDataset("https://lattice.example/data/x.json");
    expect(loaded.origin).toBe("elsewhere.example");
  });

  it("never sends credentials, and the caller's cancel aborts the request", async () => {
    const calls: RequestInit[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: URL, init: RequestInit) => {
        calls.push(init);
        return new Response(JSON.stringify(makeFixture()), { status: 200 });
      }),
    );
    const caller = new AbortController();
    await fetchDataset("https://lattice.example/data/a.json", caller.signal);
    await fetchDataset("https://other.example/b.json");
    expect(calls.map((init) => init.credentials)).toEqual(["omit", "omit"]);
    caller.abort();
    expect(calls[0]!.signal?.aborted).toBe(true);
  });

  it("reports a server that sends nothing as a timeout", async () => {
    vi.useFakeTimers();
    // Like a real fetch: aborting rejects it at once.
    vi.stubGlobal(
      "fetch",
      vi.fn(
        (_url: URL, init: RequestInit) =>
          new Promise<Response>((_, reject) =>
            init.signal!.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
          ),
      ),
    );
    const loading = fetchDataset("https://lattice.example/data/x.json");
    const outcome = expect(loading).rejects.toMatchObject({ kind: "timeout" });
    await vi.advanceTimersByTimeAsync(STALL_MS + 10);
    await outcome;
    vi.useRealTimers();
  });
});
