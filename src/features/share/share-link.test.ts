import { describe, expect, it, vi } from "vitest";
import { DEFAULT_VIEW } from "../../state/view-state";
import { canonicalUrl, copyText } from "./share-link";

const here = { origin: "https://lattice.example", pathname: "/app/" };

describe("canonical link", () => {
  it("is origin and path alone for the default view", () => {
    expect(canonicalUrl(here, DEFAULT_VIEW)).toBe("https://lattice.example/app/");
  });
  it("carries only non-default choices, including a compare range and a data URL", () => {
    const url = canonicalUrl(here, {
      ...DEFAULT_VIEW,
      time: "2022-01-06",
      compareFrom: "2017-01-01",
      kinds: ["access", "logistics"],
      data: "/data/fixtures/small-valid.json",
    });
    expect(url).toBe(
      "https://lattice.example/app/?time=2017-01-01..2022-01-06&kinds=access~logistics&data=%2Fdata%2Ffixtures%2Fsmall-valid.json",
    );
  });
});

describe("copying with a fallback", () => {
  it("copies when the clipboard accepts", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    expect(await copyText("x", { writeText })).toBe("copied");
    expect(writeText).toHaveBeenCalledWith("x");
  });
  it("falls back when there is no clipboard API", async () => {
    expect(await copyText("x", undefined)).toBe("fallback");
    expect(await copyText("x", {} as never)).toBe("fallback");
  });
  it("falls back when permission is refused or writing throws", async () => {
    expect(await copyText("x", { writeText: () => Promise.reject(new DOMException("denied")) })).toBe(
      "fallback",
    );
    expect(
      await copyText("x", {
        writeText: () => {
          throw new Error("sync failure");
        },
      }),
    ).toBe("fallback");
  });
  it("falls back when the clipboard never answers", async () => {
    vi.useFakeTimers();
    const pending = copyText("x", { writeText: () => new Promise<void>(() => {}) }, 500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await pending).toBe("fallback");
    vi.useRealTimers();
  });
});
