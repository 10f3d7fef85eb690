import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { isoToDayNumber as day } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import type { TimelineMark, YearBar } from "./timeline-data";
import { timelineMarks, yearBars } from "./timeline-data";
import {
  nearestWithin,
  diamondPath,
  barDone,
  listTitles,
  nearestIndex,
  startedBy,
  startIndex,
  tickPath,
  upperBound,
} from "./track-geometry";

const mark = (d: number, agreements: number, events = 0): TimelineMark => ({
  day: d,
  agreements: Array.from({ length: agreements }, (_, i) => i),
  events: Array.from({ length: events }, () => ({}) as TimelineMark["events"][number]),
});

describe("startIndex and startedBy", () => {
  const index = startIndex([mark(10, 2), mark(12, 0, 1), mark(15, 1), mark(20, 3)]);

  it("keeps only the marks with agreement starts, with running totals", () => {
    expect([...index.days]).toEqual([10, 15, 20]);
    expect([...index.before]).toEqual([0, 2, 3, 6]);
  });

  it("counts the agreements started on or before a day", () => {
    expect(startedBy(index, 9)).toBe(0);
    expect(startedBy(index, 10)).toBe(2);
    expect(startedBy(index, 14)).toBe(2);
    expect(startedBy(index, 15)).toBe(3);
    expect(startedBy(index, 20)).toBe(6);
    expect(startedBy(index, 1e6)).toBe(6);
  });

  it("is empty for no marks", () => {
    const empty = startIndex([]);
    expect(startedBy(empty, 5)).toBe(0);
    expect(nearestIndex(empty.days, 5)).toBe(-1);
  });
});

describe("upperBound", () => {
  it("counts the entries ≤ x", () => {
    const a = [1, 3, 3, 7];
    expect([0, 1, 2, 3, 4, 7, 8].map((x) => upperBound(a, x))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect(upperBound([], 1)).toBe(0);
  });
});

describe("barDone", () => {
  const p = prepareDataset(makeFixture());

  /** The scan it replaces: agreements starting within the bar up to `d`. */
  const byScan = (marks: TimelineMark[], bar: YearBar, d: number) => {
    if (d >= bar.toDay) return bar.count;
    let n = 0;
    for (const m of marks) if (m.day >= bar.fromDay && m.day <= d) n += m.agreements.length;
    return n;
  };

  it("equals a scan of the marks, for every bar, on every day of the fixture", () => {
    for (const filter of [NO_FILTER, { ...NO_FILTER, basis: "in-force" as const }]) {
      const marks = timelineMarks(p, filter);
      const bars = yearBars(p, filter);
      const index = startIndex(marks);
      const wrong: string[] = [];
      for (let d = p.startDay - 1; d <= p.endDay + 1; d++)
        for (const bar of bars) {
          const [got, want] = [barDone(index, bar, d), byScan(marks, bar, d)];
          if (got !== want) wrong.push(`${bar.year} on day ${d}: ${got}, scan ${want}`);
        }
      expect(wrong).toEqual([]);
    }
  });

  it("is 0 before the year, partial within it, whole after it", () => {
    const marks = timelineMarks(p, NO_FILTER);
    const bar2007 = yearBars(p, NO_FILTER)[0]!; // A on 13 Mar, C on 31 May
    const index = startIndex(marks);
    expect(barDone(index, bar2007, day("2007-03-12"))).toBe(0);
    expect(barDone(index, bar2007, day("2007-03-13"))).toBe(1);
    expect(barDone(index, bar2007, day("2007-05-31"))).toBe(2);
    expect(barDone(index, bar2007, day("2015-01-01"))).toBe(2);
  });
});

describe("nearestIndex", () => {
  const days = [10, 20, 30];
  it("finds the nearest day, the earlier one on a tie, clamped at both ends", () => {
    expect(nearestIndex(days, 0)).toBe(0);
    expect(nearestIndex(days, 14)).toBe(0);
    expect(nearestIndex(days, 15)).toBe(0);
    expect(nearestIndex(days, 16)).toBe(1);
    expect(nearestIndex(days, 20)).toBe(1);
    expect(nearestIndex(days, 29.5)).toBe(2);
    expect(nearestIndex(days, 99)).toBe(2);
  });
  it("agrees with a linear search on random data", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 1000;
    const sorted = [...new Set(Array.from({ length: 200 }, () => Math.floor(rand())))].sort((a, b) => a - b);
    for (let k = 0; k < 500; k++) {
      const x = rand();
      const best = Math.min(...sorted.map((d) => Math.abs(d - x)));
      expect(Math.abs(sorted[nearestIndex(sorted, x)]! - x)).toBe(best);
    }
  });
});

describe("tickPath", () => {
  const bounds = { startDay: 100, endDay: 200 };

  it("draws one vertical segment per day, in whole days from the start", () => {
    expect(tickPath([100, 150, 200], bounds, 1000)).toBe("M0 0V1M50 0V1M100 0V1");
  });

  it("leaves out days outside the timeline", () => {
    expect(tickPath([90, 120, 250], bounds, 1000)).toBe("M20 0V1");
  });

  it("draws at most one segment per column (the first day in it)", () => {
    // 10 columns of 10 days: 100–109 → column 0, 110–119 → column 1…
    expect(tickPath([100, 101, 109, 110, 125, 126, 200], bounds, 10)).toBe("M0 0V1M10 0V1M25 0V1M100 0V1");
    const many = Array.from({ length: 101 }, (_, i) => 100 + i);
    expect(tickPath(many, bounds, 20).match(/M/g)).toHaveLength(21);
    expect(tickPath(many, bounds, 5000).match(/M/g)).toHaveLength(101);
  });

  it("is empty without ticks", () => {
    expect(tickPath([], bounds, 100)).toBe("");
  });
});

describe("listTitles", () => {
  it("lists up to four titles, then how many more", () => {
    expect(listTitles(["a", "b"])).toBe("a; b");
    expect(listTitles(["a", "b", "c", "d", "e", "f"])).toBe("a; b; c; d; and 2 more");
  });
});

describe("diamondPath", () => {
  it("draws one diamond per pixel column", () => {
    const d = diamondPath([10, 10.3, 40], 5, 8);
    // 10 and 10.3 share a pixel column: two diamonds, not three.
    expect(d).toBe("M5 8L10 3L15 8L10 13ZM35 8L40 3L45 8L40 13Z");
  });

  it("is empty without marks", () => {
    expect(diamondPath([], 5, 8)).toBe("");
  });
});

describe("nearestWithin", () => {
  // 1,000 days on 1,000 px: one pixel per day.
  const bounds = { startDay: 0, endDay: 1000 };
  const days = Int32Array.from([100, 500, 900]);
  it("finds the day nearest the pointer within the reach, in pixels", () => {
    expect(nearestWithin(days, bounds, 0.503, 1000, 7)).toBe(1);
    expect(nearestWithin(days, bounds, 0.508, 1000, 7)).toBe(-1);
    expect(nearestWithin(days, bounds, 0.508, 2000, 7)).toBe(-1); // 16 px away on a wider track
    expect(nearestWithin(days, bounds, 0.098, 1000, 7)).toBe(0);
  });
  it("finds nothing without days", () => {
    expect(nearestWithin([], bounds, 0.5, 1000, 7)).toBe(-1);
  });
});
