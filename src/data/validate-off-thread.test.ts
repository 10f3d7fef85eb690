import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeFixture } from "./test-fixture";
import { validateDatasetText } from "./validate";
import { OFF_THREAD_MIN_CHARS, validateText } from "./validate-off-thread";

const bundledText = readFileSync("public/data/indo-pacific.json", "utf8");

afterEach(() => vi.unstubAllGlobals());

describe("validateText", () => {
  it("gives the validator's own result for a small dataset, on the main thread", async () => {
    const worker = vi.fn();
    vi.stubGlobal("Worker", worker);
    const small = JSON.stringify(makeFixture());
    expect(small.length).toBeLessThan(OFF_THREAD_MIN_CHARS);
    expect(await validateText(small)).toEqual(validateDatasetText(small));
    expect(worker).not.toHaveBeenCalled();
  });

  it("falls back to the main thread when a big dataset's worker cannot start", async () => {
    vi.stubGlobal(
      "Worker",
      vi.fn(() => {
        throw new Error("no workers here");
      }),
    );
    const big = `${bundledText}${" ".repeat(OFF_THREAD_MIN_CHARS)}`;
    const result = await validateText(big);
    expect(result.ok).toBe(true);
  });

  it("reports problems with their paths", async () => {
    const broken = bundledText.replace('"kind": "alliance"', '"kind": "friendship"');
    const result = await validateText(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.path).toMatch(/^agreements\[\d+\]\.kind$/);
  });
});
