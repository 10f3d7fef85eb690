import { describe, expect, it } from "vitest";
import { BUDGETS, checkBudgets, describeLimit } from "./budgets";

describe("checkBudgets", () => {
  it("checks maxima, minima and strict limits, and leaves unmeasured figures open", () => {
    const results = checkBudgets(BUDGETS.large, {
      firstPaintMs: 2500,
      scrubP95Ms: 40,
      playFps: 50,
      heapGrowthPct: 10,
      longestTaskMs: null,
    });
    const pass = Object.fromEntries(results.map((r) => [r.figure, r.pass]));
    expect(pass).toEqual({
      firstPaintMs: true,
      scrubP95Ms: false,
      longestTaskMs: null,
      playFps: true,
      heapAfterLoadMB: null,
      heapGrowthPct: false,
    });
  });
  it("writes the limit the way the issue does", () => {
    expect(BUDGETS.bundled.map(describeLimit)).toContain("≥ 58");
    expect(BUDGETS.bundled.map(describeLimit)).toContain("< 10");
  });
});
