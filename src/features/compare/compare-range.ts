/** Pure helpers of the compare control: which earlier dates are allowed, and the summary text. */
import { addYears, dayNumberToIso, formatDate, isFullDate, latestDayNumber } from "../../data/dates";
import type { Comparison } from "../../data/view-model";

export interface CompareBounds {
  /** Earliest date that can be chosen (the timeline's start), YYYY-MM-DD. */
  min: string;
  /** Latest date that can be chosen (the day before the shown date), YYYY-MM-DD. */
  max: string;
}

export function compareBounds(startDay: number, shownDay: number): CompareBounds | null {
  if (shownDay <= startDay) return null;
  return { min: dayNumberToIso(startDay), max: dayNumberToIso(shownDay - 1) };
}

/** The date the form offers first: the current compare date, else a year before the shown date. */
export function suggestedFrom(bounds: CompareBounds, shownDay: number, current: number | null): string {
  const day = current ?? addYears(shownDay, -1);
  const min = latestDayNumber(bounds.min);
  const max = latestDayNumber(bounds.max);
  return dayNumberToIso(Math.min(max, Math.max(min, day)));
}

/** Why a typed date cannot be used, or null when it can. */
export function checkFrom(value: string, bounds: CompareBounds): string | null {
  if (!isFullDate(value)) return "Enter a date as YYYY-MM-DD.";
  if (value < bounds.min || value > bounds.max)
    return `Choose a date from ${formatDate(bounds.min)} to ${formatDate(bounds.max)}, before the date shown.`;
  return null;
}

/** "12 new, 3 ended, 2 replaced since 1 Jan 2017" — the same counts as the table's Change column. */
export function comparisonSummary(c: Comparison): string {
  const since = formatDate(dayNumberToIso(c.fromDay));
  return `${c.added.length} new, ${c.ended.length} ended, ${c.replaced.length} replaced since ${since}`;
}
