import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { NO_FILTER } from "../../data/active";
import { agreementsCsv, eventsCsv } from "./agreements-csv";
import { datasetFromCsv } from "../../data/csv-import";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import type { Dataset } from "../../data/schema";
import { makeFixture } from "../../data/test-fixture";
import { formatProblem, validateDatasetText } from "../../data/validate";
import { computeViewModel } from "../../data/view-model";

const all = (d: Dataset, day = "2023-12-31") =>
  computeViewModel(prepareDataset(d), latestDayNumber(day), { ...NO_FILTER });

const parse = (csv: string) => Papa.parse<string[]>(csv.trimEnd(), { newline: "\r\n" }).data;

/** Every agreement, whatever its status: the view on the timeline's last day, ended ones included. */
function everything(d: Dataset) {
  const vm = all(d);
  return { ...vm, shown: d.agreements.map((_, i) => i) };
}

describe("agreements CSV", () => {
  it("has ids, ISO codes and dates with their precision, blank for missing", () => {
    const rows = parse(agreementsCsv(all(makeFixture(), "2012-06-01")));
    expect(rows[0]).toEqual([
      "id",
      "title",
      "kind",
      "depth",
      "parties",
      "party_names",
      "group",
      "signed",
      "in_force",
      "ended",
      "end_reason",
      "superseded_by",
      "status_on_date",
      "source_urls",
    ]);
    expect(rows.slice(1).map((r) => r.slice(0, 13))).toEqual([
      [
        "g",
        "Agreement G",
        "alliance",
        "5",
        "AUS;USA",
        "Australia;United States",
        "",
        "1951-09-01",
        "1952-04-29",
        "",
        "",
        "",
        "active",
      ],
      [
        "a",
        "Agreement A",
        "declaration",
        "1",
        "AUS;JPN",
        "Australia;Japan",
        "",
        "2007-03-13",
        "",
        "",
        "",
        "",
        "active",
      ],
      [
        "b",
        "Agreement B",
        "logistics",
        "2",
        "AUS;JPN",
        "Australia;Japan",
        "",
        "2010-05-19",
        "2013-01-31",
        "",
        "",
        "",
        "pending",
      ],
    ]);
    expect(rows[1]!.at(-1)).toBe("https://example.org/a");
  });

  it("adds the change column when comparing, with month precision kept", () => {
    const p = prepareDataset(makeFixture());
    const vm = computeViewModel(p, latestDayNumber("2017-12-31"), NO_FILTER, latestDayNumber("2007-12-31"));
    const [header, ...rows] = parse(agreementsCsv(vm));
    expect(header!.slice(-2)).toEqual(["change", "source_urls"]);
    const quad = rows.find((r) => r[0] === "c")!;
    expect([quad[7], quad[9], quad[13]]).toEqual(["2007-05", "2008-02", "ended"]);
  });

  it("neutralises formulas, line breaks included, and keeps quotes and commas", () => {
    const d = makeFixture();
    d.agreements[0]!.title = "=1+1\nsecond line";
    d.agreements[1]!.title = '@SUM(A1),"x"';
    d.countries[0]!.name = "-Australia";
    d.agreements[6]!.title = "\tTabbed";
    const csv = agreementsCsv(all(d, "2014-01-01"));
    const cells = parse(csv).flat();
    expect(cells).toContain("'=1+1\nsecond line");
    expect(cells).toContain(`'@SUM(A1),"x"`);
    expect(cells).toContain("'-Australia;Japan");
    expect(cells).toContain("'\tTabbed");
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe("agreements CSV → Open dataset", () => {
  const roundTrip = (d: Dataset) => {
    const csv = agreementsCsv(everything(d));
    const back = datasetFromCsv(csv, { fileName: "lattice-export.csv", today: "2026-12-07" });
    if (!back.ok) throw new Error(back.problems.map(formatProblem).join("\n"));
    return { csv, back: back.dataset };
  };

  it("gives the same agreements back, and the same CSV again", () => {
    const d = makeFixture();
    d.agreements[0]!.title = '=HYPERLINK("http://evil")\nand more';
    d.agreements[1]!.title = "'=already quoted";
    const { csv, back } = roundTrip(d);
    const fields = (ds: Dataset) =>
      ds.agreements.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        parties: a.parties,
        group: a.group,
        signed: a.signed,
        inForce: a.inForce,
        ended: a.ended,
        sources: a.sources.map((s) => s.url),
        depth: prepareDataset(ds).depth[prepareDataset(ds).agreementIndexById.get(a.id)!],
      }));
    const byId = (list: ReturnType<typeof fields>) => [...list].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(fields(back))).toEqual(byId(fields(d)));
    expect(back.countries.map((c) => c.name).sort()).toEqual(d.countries.map((c) => c.name).sort());
    expect(agreementsCsv(everything(back))).toBe(csv);
  });

  it("round-trips the bundled dataset: lifecycle, groups, several sources", () => {
    const d = (
      validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8")) as { dataset: Dataset }
    ).dataset;
    const { csv, back } = roundTrip(d);
    expect(back.agreements).toHaveLength(d.agreements.length);
    expect(agreementsCsv(everything(back))).toBe(csv);
    const original = new Map(d.agreements.map((a) => [a.id, a]));
    for (const a of back.agreements) {
      const o = original.get(a.id)!;
      expect([a.title, a.kind, a.parties, a.group, a.signed, a.inForce, a.ended, a.supersededBy]).toEqual([
        o.title,
        o.kind,
        o.parties,
        o.group,
        o.signed,
        o.inForce,
        o.ended,
        o.supersededBy,
      ]);
      expect(a.sources.map((s) => s.url)).toEqual(o.sources.map((s) => s.url));
    }
  });
});

describe("events CSV", () => {
  it("lists every event by date with ISO codes", () => {
    const rows = parse(eventsCsv(prepareDataset(makeFixture())));
    expect(rows).toEqual([
      ["id", "title", "kind", "date", "parties", "party_names", "group", "source_urls"],
      [
        "ev-1",
        "Exercise",
        "exercise",
        "2020-11-03",
        "AUS;IND;JPN;USA",
        "Australia;India;Japan;United States",
        "QUAD",
        "https://example.org/a",
      ],
    ]);
  });
});
