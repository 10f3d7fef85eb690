import { describe, expect, it } from "vitest";
import {
  addYears,
  dayNumberToIso,
  formatDate,
  isPartialDate,
  latestDayNumber,
  earliestDayNumber,
  parsePartialDate,
  yearOf,
  precisionOf,
} from "./dates";

describe("partial dates", () => {
  it("accepts real dates at day, month and year precision", () => {
    expect(isPartialDate("2007-03-13")).toBe(true);
    expect(isPartialDate("2013-03")).toBe(true);
    expect(isPartialDate("2013")).toBe(true);
    expect(isPartialDate("2024-02-29")).toBe(true);
  });
  it("rejects impossible or malformed dates", () => {
    for (const bad of [
      "2023-02-29",
      "2023-13-01",
      "2023-00",
      "23-01-01",
      "2023-1-1",
      "",
      "2023-01-01T00:00",
      "garbage",
    ])
      expect(isPartialDate(bad), bad).toBe(false);
  });
  it("counts a partial date as the last day of its period", () => {
    expect(dayNumberToIso(latestDayNumber("2013-03"))).toBe("2013-03-31");
    expect(dayNumberToIso(latestDayNumber("2008-02"))).toBe("2008-02-29");
    expect(dayNumberToIso(latestDayNumber("2013"))).toBe("2013-12-31");
    expect(dayNumberToIso(earliestDayNumber("2013-03"))).toBe("2013-03-01");
  });
  it("formats without claiming more precision than it has", () => {
    expect(formatDate("2007-03-13")).toBe("13 Mar 2007");
    expect(formatDate("2013-03")).toBe("Mar 2013");
    expect(formatDate("2013")).toBe("2013");
    expect(formatDate(null)).toBe("—");
    expect(precisionOf("2013-03")).toBe("month");
  });
  it("moves by whole years, clamping 29 February", () => {
    expect(dayNumberToIso(addYears(latestDayNumber("2020-02-29"), 1))).toBe("2021-02-28");
    expect(dayNumberToIso(addYears(latestDayNumber("2010-05-19"), -1))).toBe("2009-05-19");
  });
});

/** The Date- and regex-based reading the character parser and day arithmetic replaced. */
function referenceParse(text: string): { year: number; month?: number; day?: number } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1800 || year > 2200) return null;
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day };
}

describe("date arithmetic without Date objects", () => {
  it("gives Date.UTC's day number for every day, month and year from 1800 to 2200", () => {
    // Mismatches collected and compared once: 150,000 separate expects take seconds.
    const wrong: string[] = [];
    const check = (text: string, got: unknown, want: unknown) => {
      if (JSON.stringify(got) !== JSON.stringify(want)) wrong.push(text);
    };
    for (let year = 1800; year <= 2200; year++) {
      check(String(year), latestDayNumber(String(year)), Date.UTC(year, 11, 31) / 86_400_000);
      check(String(year), earliestDayNumber(String(year)), Date.UTC(year, 0, 1) / 86_400_000);
      for (let month = 1; month <= 12; month++) {
        const text = `${year}-${String(month).padStart(2, "0")}`;
        check(text, latestDayNumber(text), Date.UTC(year, month, 0) / 86_400_000);
        for (let day = 1; day <= 31; day++) {
          const full = `${text}-${String(day).padStart(2, "0")}`;
          const ref = referenceParse(full);
          check(full, parsePartialDate(full), ref && { ...ref, precision: "day" });
          if (ref) check(full, latestDayNumber(full), Date.UTC(year, month - 1, day) / 86_400_000);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("accepts exactly the strings the ISO pattern accepts", () => {
    const texts = [
      "2007",
      "2007-",
      "2007-1",
      "2007-01-1",
      "2007-01-011",
      "２００７",
      "2007/01",
      "2007-01\n",
      " 2007",
      "2007-0a",
      "1799",
      "2201",
      "2200-12-31",
      "1800-01-01",
      "20070101",
      "2007--1",
      "2007-13",
      "2007-00",
      "2007-02-29",
      "2008-02-29",
      "1900-02-29",
      "2000-02-29",
      "",
      "abcd",
      "2007-01-0x",
    ];
    for (const text of texts) expect(parsePartialDate(text) === null).toBe(referenceParse(text) === null);
  });
});

describe("yearOf", () => {
  it("gives getUTCFullYear's year for every day from 1700 to 2300, and NaN for no day", () => {
    const wrong: number[] = [];
    for (let day = Date.UTC(1700, 0, 1) / 86_400_000; day <= Date.UTC(2300, 0, 1) / 86_400_000; day++)
      if (yearOf(day) !== new Date(day * 86_400_000).getUTCFullYear()) wrong.push(day);
    expect(wrong).toEqual([]);
    expect(yearOf(Infinity)).toBeNaN();
  });
});
