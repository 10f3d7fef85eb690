/**
 * Dates in a dataset are ISO strings with an honest precision: "2007-03-13" (day), "2013-03" (month
 * only known) or "2013" (year only known). Computations use day numbers (days since 1970-01-01, UTC),
 * and a partial date counts as the LAST day of its period: an agreement "in force March 2013" is
 * counted as in force only from 31 March, when it certainly was (see docs/methodology.md).
 */
export type DatePrecision = "day" | "month" | "year";

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MS_PER_DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null when the text is not a real calendar date. */
export function parsePartialDate(text: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return null;
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: "month" };
  const day = Number(m[3]);
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

function dayNumberUtc(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
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

export function yearOf(dayNumber: number): number {
  return new Date(dayNumber * MS_PER_DAY).getUTCFullYear();
}

/** The same calendar day `years` later (29 Feb falls back to 28 Feb). */
export function addYears(dayNumber: number, years: number): number {
  const d = new Date(dayNumber * MS_PER_DAY);
  const year = d.getUTCFullYear() + years;
  const month = d.getUTCMonth() + 1;
  return dayNumberUtc(year, month, Math.min(d.getUTCDate(), daysInMonth(year, month)));
}
