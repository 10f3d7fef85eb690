import { describe, expect, it } from "vitest";
import { frameStats, median, percentile, summarize } from "./stats";

describe("percentile", () => {
  it("uses the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile([3, 1, 2], 100)).toBe(3);
    expect(percentile([3, 1, 2], 0)).toBe(1);
    expect(percentile([], 95)).toBeNaN();
  });
});

describe("median and summarize", () => {
  it("takes the middle, or the mean of the middle two", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it("skips runs that could not be measured", () => {
    expect(summarize([3, null, 1, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3 });
    expect(summarize([null, Number.NaN])).toBeNull();
  });
});

describe("frameStats", () => {
  it("turns rAF timestamps into fps and frame-time percentiles", () => {
    const stamps = [0];
    for (let i = 1; i <= 60; i++) stamps.push(stamps[i - 1]! + (i % 10 === 0 ? 50 : 1000 / 60));
    const stats = frameStats(stamps)!;
    expect(stats.frames).toBe(61);
    expect(stats.p95Ms).toBeCloseTo(50);
    expect(stats.meanMs).toBeCloseTo(stamps[60]! / 60);
    expect(stats.fps).toBeCloseTo(60_000 / stamps[60]!);
    expect(frameStats([1, 2])).toBeNull();
  });
});
