/**
 * The arithmetic behind the timeline track, kept pure so a date step costs O(log n) and the
 * track's DOM only changes where something changed: an index of agreement starts (sorted days
 * with prefix sums) for the year-bar progress and the hover hint, and the one SVG path that
 * draws every agreement tick.
 */
import { upperBound } from "../../data/sorted";
import { fractionOfDay, type TimelineBounds } from "./timeline-controller";
import type { TimelineMark, YearBar } from "./timeline-data";

/** The marks on which at least one agreement starts, with running totals. */
export interface StartIndex {
  /** The marks with agreements, sorted by day. */
  marks: TimelineMark[];
  /** `days[i] === marks[i].day`, for binary search. */
  days: Int32Array;
  /** `before[i]`: agreements starting on the days before `days[i]`; `before[n]` is the total. */
  before: Int32Array;
}

export function startIndex(marks: readonly TimelineMark[]): StartIndex {
  const withStarts = marks.filter((m) => m.agreements.length > 0);
  const days = new Int32Array(withStarts.length);
  const before = new Int32Array(withStarts.length + 1);
  withStarts.forEach((m, i) => {
    days[i] = m.day;
    before[i + 1] = before[i]! + m.agreements.length;
  });
  return { marks: withStarts, days, before };
}

export { upperBound };

/** Agreements that started on or before `day`. */
export function startedBy(index: StartIndex, day: number): number {
  return index.before[upperBound(index.days, day)]!;
}

/** How many of a year bar's new agreements have started by `day` (0 … bar.count). */
export function barDone(index: StartIndex, bar: YearBar, day: number): number {
  if (day < bar.fromDay) return 0;
  if (day >= bar.toDay) return bar.count;
  return startedBy(index, day) - startedBy(index, bar.fromDay - 1);
}

/** The index (into `days`) of the day nearest to `day`, the earlier one on a tie; -1 if none. */
export function nearestIndex(days: ArrayLike<number>, day: number): number {
  if (days.length === 0) return -1;
  const after = upperBound(days, day); // days[after - 1] ≤ day < days[after]
  if (after === 0) return 0;
  if (after === days.length) return after - 1;
  return day - days[after - 1]! <= days[after]! - day ? after - 1 : after;
}

/**
 * The SVG path of the ticks: a vertical segment from y 0 to 1 at x = day − startDay, for a viewBox
 * of `0 0 (endDay − startDay) 1` (whole numbers, so the string is short and exact). At most one
 * segment per column of `columns` equal columns across the track: more than one per pixel column
 * would draw the same pixels again, so the caller passes the track's width in device pixels.
 */
export function tickPath(
  days: ArrayLike<number>,
  { startDay, endDay }: TimelineBounds,
  columns: number,
): string {
  const span = Math.max(1, endDay - startDay);
  const perColumn = span / Math.max(1, Math.floor(columns));
  let lastColumn = -1;
  let d = "";
  for (let i = 0; i < days.length; i++) {
    const x = days[i]! - startDay;
    if (x < 0 || x > span) continue;
    const column = Math.min(Math.floor(x / perColumn), Math.floor(span / perColumn));
    if (column === lastColumn) continue;
    lastColumn = column;
    d += `M${x} 0V1`;
  }
  return d;
}

/** Up to `max` titles joined with "; ", then "and N more". */
export function listTitles(titles: readonly string[], max = 4): string {
  const shown = titles.slice(0, max).join("; ");
  return titles.length > max ? `${shown}; and ${titles.length - max} more` : shown;
}

/**
 * Diamonds of half-diagonal `r` centred at (x, cy) for each x (ascending, CSS pixels), as one SVG
 * path. A mark in the same pixel column as the one before adds nothing (it would draw the same
 * pixels).
 */
export function diamondPath(xs: ArrayLike<number>, r: number, cy: number): string {
  let d = "";
  let lastColumn = Number.NaN;
  const n = (v: number) => Math.round(v * 10) / 10;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const column = Math.round(x);
    if (column === lastColumn) continue;
    lastColumn = column;
    d += `M${n(x - r)} ${n(cy)}L${n(x)} ${n(cy - r)}L${n(x + r)} ${n(cy)}L${n(x)} ${n(cy + r)}Z`;
  }
  return d;
}

/** A fraction of the track as a CSS percentage (three decimals: sub-pixel on any screen). */
export const pct = (fraction: number) => `${(fraction * 100).toFixed(3)}%`;

/**
 * The index (into sorted `days`) of the day nearest the pointer at `fraction` of a track `widthPx`
 * wide, if it is within `reachPx` of the pointer on screen; -1 otherwise.
 */
export function nearestWithin(
  days: ArrayLike<number>,
  bounds: TimelineBounds,
  fraction: number,
  widthPx: number,
  reachPx: number,
): number {
  const i = nearestIndex(days, bounds.startDay + fraction * (bounds.endDay - bounds.startDay));
  return i >= 0 && Math.abs(fractionOfDay(days[i]!, bounds) - fraction) * widthPx <= reachPx ? i : -1;
}
