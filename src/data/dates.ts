/**
 * Dates in a dataset are ISO strings with an honest precision: "2007-03-13" (day), "2013-03" (month
 * only known) or "2013" (year only known). Computations use day numbers (days since 1970-01-01, UTC),
 * and a partial date counts as the LAST day of its period: an agreement "in force March 2013" is
 * counted as in force only from 31 March, when it certainly was (see docs/methodology.md).
 */
export type DatePrecision = "day" | "month" | "year";

const MS_PER_DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DIGIT_0 = 48;
const DASH = 45;

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

// Arithmetic rather than `new Date(…)`: preparing 10,000 agreements parses ~30,000 dates in one
// main-thread task, and a Date per date is measurably slower (docs/performance.md, Decisions: Layout).
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/** The number written by `count` ASCII digits at `from`, or -1 if any of them is not a digit. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is not a real calendar date.
 * Read character by character (the same strings as /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/, faster).
 */
export function parsePartialDate(text: string): ParsedDate | null {
  const length = text.length;
  if (length !== 4 && length !== 7 && length !== 10) return null;
  const year = digitsAt(text, 0, 4);
  if (year < 1800 || year > 2200) return null;
  if (length === 4) return { year, precision: "year" };
  if (text.charCodeAt(4) !== DASH) return null;
  const month = digitsAt(text, 5, 2);
  if (month < 1 || month > 12) return null;
  if (length === 7) return { year, month, precision: "month" };
  if (text.charCodeAt(7) !== DASH) return null;
  const day = digitsAt(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: "day" };
}

export function isPartialDate(text: string): boolean {
  return parsePartialDate(text) !== null;
}

export function isFullDate(text: string): boolean {
  return parsePartialDate(text)?.precision === "day";
}

export function precisionOf(text: string): DatePrecision {
  return parsePartialDate(text)?.precision ?? "day";
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date, as Date.UTC(…) / 86,400,000 gives for the
 * years a dataset can hold, without creating a Date (H. Hinnant's days_from_civil).
 */
function dayNumberUtc(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Day number of the last day the partial date can denote (the day it certainly has happened by). */
export function latestDayNumber(text: string): number {
  const p = parsePartialDate(text);
  if (!p) throw new RangeError(`not a date: ${text}`);
  const month = p.month ?? 12;
  return dayNumberUtc(p.year, month, p.day ?? daysInMonth(p.year, month));
}

/** Day number of the first day the partial date can denote. */
export function earliestDayNumber(text: string): number {
  const p = parsePartialDate(text);
  if (!p) throw new RangeError(`not a date: ${text}`);
  return dayNumberUtc(p.year, p.month ?? 1, p.day ?? 1);
}

export function dayNumberToIso(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function isoToDayNumber(iso: string): number {
  return latestDayNumber(iso);
}

/** Human form that never claims more precision than the data has: "13 Mar 2007", "Mar 2013", "2013". */
export function formatDate(text: string | null | undefined): string {
  if (!text) return "—";
  const p = parsePartialDate(text);
  if (!p) return text;
  if (p.precision === "year") return String(p.year);
  const month = MONTHS[(p.month ?? 1) - 1];
  if (p.precision === "month") return `${month} ${p.year}`;
  return `${p.day} ${month} ${p.year}`;
}

/**
 * The (UTC) year of a day number, as `new Date(…).getUTCFullYear()` gives it, without creating a
 * Date: the timeline asks it for every agreement in the render that first shows a big dataset
 * (H. Hinnant's civil_from_days, year part).
 */
export function yearOf(dayNumber: number): number {
  if (!Number.isFinite(dayNumber)) return Number.NaN;
  const shifted = Math.floor(dayNumber) + 719_468; // days since 0000-03-01
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March … 11 = February
  return yearOfEra + era * 400 + (monthFromMarch >= 10 ? 1 : 0);
}

/** The same calendar day `years` later (29 Feb falls back to 28 Feb). */
export function addYears(dayNumber: number, years: number): number {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth() + 1;
  return dayNumberUtc(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}
