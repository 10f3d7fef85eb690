import { describe, expect, it } from "vitest";
import {
  addYears,
  dayNumberToIso,
  formatDate,
  isPartialDate,
  latestDayNumber,
  earliestDayNumber,
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
