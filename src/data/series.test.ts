import { describe, expect, it } from "vitest";
import { NO_FILTER } from "./active";
import { dayNumberToIso, latestDayNumber } from "./dates";
import { prepareDataset } from "./prepare";
import type { Agreement } from "./schema";
import {
  activeByKindSeries,
  degreeSeries,
  findQuadGroup,
  networkSeries,
  quadCategory,
  quadRunStartYear,
  sampleDays,
  topDegreeSeries,
} from "./series";
import { makeFixture } from "./test-fixture";

// The fixture's agreements (see test-fixture.ts): A AUS–JPN declaration 2007 (d1), B AUS–JPN logistics
// signed 2010 in force 2013 (d2), C Quad dialogue May 2007–Feb 2008 (d1), D Quad dialogue Nov 2017
// (d1), E IND–USA logistics 2016 (d2), F GBR–JPN access signed Jan 2023 in force Oct 2023 (d4),
// G AUS–USA alliance 1951 (d5). Timeline 13 Mar 2007 – 31 Dec 2023.
const p = prepareDataset(makeFixture());
const day = latestDayNumber;
const days = sampleDays(p);
const at = (iso: string) => days.indexOf(day(iso));
const logisticsOnly = { ...NO_FILTER, kinds: new Set(["logistics"] as const) };

describe("sample days", () => {
  it("are the first day, each 31 December, and the last day", () => {
    expect(days.map(dayNumberToIso).slice(0, 3)).toEqual(["2007-03-13", "2007-12-31", "2008-12-31"]);
    expect(days).toHaveLength(18); // 13 Mar 2007 + the year-ends 2007…2023
    expect(dayNumberToIso(days[17]!)).toBe("2023-12-31");
  });
});

describe("active agreements by kind", () => {
  const all = activeByKindSeries(p, NO_FILTER, days);
  it("counts every shown agreement on each sample day", () => {
    // 13 Mar 2007: A and G. End 2007: + C. End 2008: C has lapsed. End 2010: B (pending, signature basis).
    expect(all.map((s) => s.total).slice(0, 5)).toEqual([2, 3, 2, 2, 3]);
    expect(all[at("2007-12-31")]!.counts).toMatchObject({ declaration: 1, dialogue: 1, alliance: 1 });
    // End 2016: A B E G; end 2017: + D; end 2023: + F.
    expect(all[at("2016-12-31")]!.total).toBe(4);
    expect(all[at("2017-12-31")]!.total).toBe(5);
    expect(all[at("2023-12-31")]!.counts).toEqual({
      alliance: 1,
      access: 1,
      technology: 0,
      equipment: 0,
      information: 0,
      logistics: 2,
      declaration: 1,
      dialogue: 1,
    });
  });
  it("follows the basis: B counts from entry into force (2013) under in-force", () => {
    const inForce = activeByKindSeries(p, { ...NO_FILTER, basis: "in-force" }, days);
    expect(inForce[at("2010-12-31")]!.total).toBe(2);
    expect(inForce[at("2012-12-31")]!.total).toBe(2);
    expect(inForce[at("2013-12-31")]!.total).toBe(3);
  });
  it("for one country, only its agreements; the kind filter applies", () => {
    const jpn = activeByKindSeries(p, NO_FILTER, days, "JPN");
    expect(
      [at("2007-03-13"), at("2007-12-31"), at("2008-12-31"), at("2010-12-31")].map((k) => jpn[k]!.total),
    ).toEqual([1, 2, 1, 2]);
    expect(jpn[at("2017-12-31")]!.total).toBe(3);
    expect(jpn[at("2023-12-31")]!.total).toBe(4);
    expect(jpn[at("2023-12-31")]!.counts.access).toBe(1);
    const logistics = activeByKindSeries(p, logisticsOnly, days, "JPN");
    expect(logistics[at("2023-12-31")]!.total).toBe(1);
  });
});

describe("a country's weighted degree, rank and share", () => {
  const jpn = degreeSeries(p, NO_FILTER, days, "JPN");
  it("on the first day: AUS 1+5, USA 5, JPN 1 → Japan 3rd of 3 with 1/12", () => {
    expect(jpn[0]).toMatchObject({ weightedDegree: 1, rank: 3, ranked: 3, share: 1 / 12 });
  });
  it("at the end of 2007: AUS 7, USA 6, JPN 2, IND 1 → Japan 3rd, 2/16", () => {
    expect(jpn[at("2007-12-31")]).toMatchObject({ weightedDegree: 2, rank: 3, ranked: 4, share: 0.125 });
  });
  it("at the end: AUS 9, JPN 8, USA 8, GBR 4, IND 3 → Japan 2nd (tied), 8/32", () => {
    expect(jpn[at("2023-12-31")]).toMatchObject({ weightedDegree: 8, rank: 2, ranked: 5, share: 0.25 });
  });
  it("a country with no shown agreement has no rank and no share", () => {
    expect(degreeSeries(p, NO_FILTER, days, "GBR")[at("2022-12-31")]).toMatchObject({
      weightedDegree: 0,
      rank: null,
      share: 0,
    });
  });
});

describe("the top countries by weighted degree", () => {
  const top = topDegreeSeries(p, NO_FILTER, days, 3);
  it("are the leaders on the last day, ties by id", () => {
    expect(top.countries).toEqual(["AUS", "JPN", "USA"]);
  });
  it("carry their values and ranks on every sample day", () => {
    expect(top.samples[0]!.values).toEqual({ AUS: 6, JPN: 1, USA: 5 });
    expect(top.samples[0]!.ranks).toEqual({ AUS: 1, JPN: 3, USA: 2 });
    expect(top.samples[at("2023-12-31")]!.values).toEqual({ AUS: 9, JPN: 8, USA: 8 });
  });
});

describe("network density and agreements by kind", () => {
  const net = networkSeries(p, NO_FILTER, days);
  it("counts joined country pairs over the 10 possible among 5 countries", () => {
    expect(net[0]).toMatchObject({ ties: 2, density: 0.2, total: 2 }); // AUS–JPN, AUS–USA
    expect(net[at("2007-12-31")]).toMatchObject({ ties: 6, density: 0.6 }); // the Quad joins all 6 member pairs
    expect(net[at("2008-12-31")]).toMatchObject({ ties: 2, density: 0.2 });
    expect(net[at("2023-12-31")]).toMatchObject({ ties: 7, density: 0.7, total: 6 }); // + GBR–JPN
    expect(net[at("2023-12-31")]!.byKind).toMatchObject({
      logistics: 2,
      access: 1,
      alliance: 1,
      dialogue: 1,
    });
  });
  it("follows the kind filter", () => {
    expect(networkSeries(p, logisticsOnly, days)[at("2023-12-31")]).toMatchObject({
      ties: 2,
      density: 0.2,
      total: 2,
    });
  });
});

describe("the Quad split", () => {
  const quad = findQuadGroup(p)!;
  it("finds the Quad group", () => {
    expect(quad.id).toBe("QUAD");
  });
  it("categorises agreements", () => {
    const a = (parties: string[], group: string | null = null) => ({ parties, group }) as Agreement;
    expect(quadCategory(a(["AUS", "USA"]), quad)).toBe("quad-internal");
    expect(quadCategory(a(["GBR", "JPN"]), quad)).toBe("quad-external");
    expect(quadCategory(a(["AUS", "IND", "JPN", "USA"], "QUAD"), quad)).toBe("quad-group");
    expect(quadCategory(a(["GBR", "FRA"]), quad)).toBe("other");
  });
  it("finds the year the current run of Quad-group instruments began", () => {
    expect(quadRunStartYear(p, quad, "signed")).toBe(2017); // C lapsed in 2008, D revived it
    const unbroken = makeFixture();
    unbroken.agreements[2]!.ended = null; // C never lapses, so D continues a run that began in 2007
    const q = prepareDataset(unbroken);
    expect(quadRunStartYear(q, findQuadGroup(q)!, "signed")).toBe(2007);
  });
});
