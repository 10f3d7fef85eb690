import { describe, expect, it } from "vitest";
import { latestDayNumber as day } from "../../data/dates";
import { checkFrom, compareBounds, comparisonSummary, suggestedFrom } from "./compare-range";

describe("compare range", () => {
  const bounds = compareBounds(day("2007-03-13"), day("2022-01-06"))!;
  it("allows dates from the timeline's start to the day before the shown date", () => {
    expect(bounds).toEqual({ min: "2007-03-13", max: "2022-01-05" });
    expect(compareBounds(day("2007-03-13"), day("2007-03-13"))).toBeNull();
  });
  it("suggests a year earlier, or the current compare date, inside the bounds", () => {
    expect(suggestedFrom(bounds, day("2022-01-06"), null)).toBe("2021-01-06");
    expect(suggestedFrom(bounds, day("2022-01-06"), day("2017-11-12"))).toBe("2017-11-12");
    const narrow = compareBounds(day("2021-12-01"), day("2022-01-06"))!;
    expect(suggestedFrom(narrow, day("2022-01-06"), null)).toBe("2021-12-01");
  });
  it("explains dates that cannot be used", () => {
    expect(checkFrom("2017-01-01", bounds)).toBeNull();
    expect(checkFrom("2022-01-06", bounds)).toBe(
      "Choose a date from 13 Mar 2007 to 5 Jan 2022, before the date shown.",
    );
    expect(checkFrom("", bounds)).toBe("Enter a date as YYYY-MM-DD.");
  });
  it("summarises a comparison", () => {
    expect(
      comparisonSummary({ fromDay: day("2017-01-01"), added: [1, 2, 3], ended: [4], replaced: [5, 6] }),
    ).toBe("3 new, 1 ended, 2 replaced since 1 Jan 2017");
  });
});
