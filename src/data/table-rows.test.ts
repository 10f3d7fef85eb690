import { describe, expect, it } from "vitest";
import { NO_FILTER } from "./active";
import { latestDayNumber } from "./dates";
import { prepareDataset } from "./prepare";
import { makeFixture } from "./test-fixture";
import { computeViewModel } from "./view-model";
import { sortRows, tableRows } from "./table-rows";

const p = prepareDataset(makeFixture());

describe("table rows", () => {
  it("lists the shown agreements with status and formatted dates", () => {
    const rows = tableRows(computeViewModel(p, latestDayNumber("2012-06-01"), NO_FILTER));
    expect(rows.map((r) => [r.id, r.status, r.inForce])).toEqual([
      ["a", "active", "—"],
      ["b", "pending", "31 Jan 2013"],
      ["g", "active", "29 Apr 1952"],
    ]);
    expect(rows[0]!.parties).toBe("Australia, Japan");
  });
  it("sorts by depth and by date, both directions", () => {
    const rows = tableRows(computeViewModel(p, latestDayNumber("2023-12-31"), NO_FILTER));
    expect(sortRows(rows, "depth", "descending").map((r) => r.id)).toEqual(["g", "f", "b", "e", "a", "d"]);
    expect(sortRows(rows, "signed", "ascending").map((r) => r.id)).toEqual(["g", "a", "b", "e", "d", "f"]);
  });
  it("marks new, ended and unchanged rows when comparing two dates", () => {
    const vm = computeViewModel(p, latestDayNumber("2017-12-31"), NO_FILTER, latestDayNumber("2007-12-31"));
    const change = Object.fromEntries(tableRows(vm).map((r) => [r.id, r.change]));
    expect(change).toEqual({ a: "unchanged", b: "new", d: "new", e: "new", g: "unchanged", c: "ended" });
  });
});
