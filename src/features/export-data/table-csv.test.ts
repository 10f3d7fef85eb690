import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { tableCsv } from "./table-csv";

describe("table CSV", () => {
  it("holds the table's columns and rows, in signature order, and parses back", () => {
    const p = prepareDataset(makeFixture());
    const csv = tableCsv(computeViewModel(p, latestDayNumber("2012-06-01"), NO_FILTER));
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ["Agreement", "Kind", "Parties", "Signed", "In force", "Depth", "Status"],
      [
        "Agreement G",
        "Treaty alliance",
        "Australia, United States",
        "1 Sep 1951",
        "29 Apr 1952",
        "5",
        "active",
      ],
      ["Agreement A", "Security declaration", "Australia, Japan", "13 Mar 2007", "—", "1", "active"],
      ["Agreement B", "Logistics", "Australia, Japan", "19 May 2010", "31 Jan 2013", "2", "pending"],
    ]);
    expect(csv).toContain('"Australia, Japan"');
    expect(csv.split("\r\n")).toHaveLength(4);
  });

  it("adds the Change column when comparing", () => {
    const p = prepareDataset(makeFixture());
    const vm = computeViewModel(p, latestDayNumber("2017-12-31"), NO_FILTER, latestDayNumber("2007-12-31"));
    const [header, ...rows] = Papa.parse<string[]>(tableCsv(vm)).data;
    expect(header!.at(-1)).toBe("Change");
    expect(rows.map((r) => r.at(-1)).sort()).toEqual([
      "ended",
      "new",
      "new",
      "new",
      "unchanged",
      "unchanged",
    ]);
  });

  it("quotes quotes and line breaks, and defuses spreadsheet formulas from untrusted titles", () => {
    const fixture = makeFixture();
    fixture.agreements[0]!.title = '=HYPERLINK("http://evil")';
    fixture.agreements[1]!.title = 'Say "hi",\nthen go';
    const p = prepareDataset(fixture);
    const csv = tableCsv(computeViewModel(p, latestDayNumber("2012-06-01"), NO_FILTER));
    const titles = Papa.parse<string[]>(csv).data.map((r) => r[0]);
    expect(titles).toContain(`'=HYPERLINK("http://evil")`);
    expect(titles).toContain('Say "hi",\nthen go');
    expect(csv).toContain('"Say ""hi"",\nthen go"');
  });
});
