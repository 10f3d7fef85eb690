import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { findQuadGroup, sampleDays } from "../../data/series";
import { makeFixture } from "../../data/test-fixture";
import { makeReversingFixture } from "./reversing-fixture";
import { newPerYearSummary, quadTiesSummary } from "./thesis-summary";
import {
  quadTieSeries,
  thesisActiveSeries,
  thesisPerYear,
  type ThesisSettings,
  type ThesisYear,
} from "./thesis";

// The reversing fixture (reversing-fixture.ts): timeline 2015–2020.
const p = prepareDataset(makeReversingFixture());
const quad = findQuadGroup(p)!;
const COUNT: ThesisSettings = { measure: "count", declarations: true, basis: "signed" };
const end = latestDayNumber("2020-12-31");

describe("new agreements per year by who they join", () => {
  it("sorts each agreement into one category, and counts the Quad's meetings apart", () => {
    const rows = thesisPerYear(p, quad, NO_FILTER, COUNT);
    expect(rows.map((r) => r.year)).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    const row = (y: number) => rows.find((r) => r.year === y)!;
    expect(row(2015)).toEqual({
      year: 2015,
      added: { "quad-internal": 1, "quad-external": 0, "quad-group": 1, other: 0 },
      meetings: 1,
    });
    // GBR–IND (Feb 2016, month only) and the new FRA–JPN logistics: a member with a non-member.
    expect(row(2016).added["quad-external"]).toBe(2);
    // FRA–GBR: non-members only.
    expect(row(2017)).toMatchObject({ added: { other: 1 }, meetings: 1 });
    expect(row(2020).added).toEqual({ "quad-internal": 0, "quad-external": 0, "quad-group": 0, other: 0 });
  });

  it("weights by depth, leaves out declarations and dialogues, and follows the basis", () => {
    const depth = thesisPerYear(p, quad, NO_FILTER, { ...COUNT, measure: "depth", declarations: false });
    expect(depth.find((r) => r.year === 2016)!.added["quad-external"]).toBe(3); // the d3 logistics only
    expect(depth.find((r) => r.year === 2015)!.added["quad-group"]).toBe(0); // the dialogue is left out
    const inForce = thesisPerYear(p, quad, NO_FILTER, { ...COUNT, basis: "in-force" });
    expect(inForce.find((r) => r.year === 2016)!.added["quad-external"]).toBe(1);
    expect(inForce.find((r) => r.year === 2017)!.added["quad-external"]).toBe(1); // in force Jan 2017
    expect(inForce.find((r) => r.year === 2019)!.added["quad-group"]).toBe(0); // in force 2021
  });
});

describe("agreements in effect by who they join", () => {
  it("lets replaced agreements leave the count", () => {
    const days = sampleDays(p);
    const s = thesisActiveSeries(p, quad, NO_FILTER, COUNT, days);
    expect(s[0]!.active).toEqual({ "quad-internal": 1, "quad-external": 1, "quad-group": 0, other: 0 });
    // 31 Dec 2016: the 2012 logistics was replaced by the 2016 one: still one FRA–JPN tie.
    const y2016 = s.find((x) => x.iso === "2016-12-31")!;
    expect(y2016.active).toEqual({ "quad-internal": 2, "quad-external": 2, "quad-group": 1, other: 0 });
    expect(s.find((x) => x.day === end)!.active).toEqual({
      "quad-internal": 3,
      "quad-external": 3,
      "quad-group": 3,
      other: 1,
    });
  });
});

describe("the Quad's ties", () => {
  it("measures member links outside the group and the members' share of all tied pairs", () => {
    const [last] = quadTieSeries(p, quad, NO_FILTER, [end]);
    // Outside the group: AUS–USA, AUS–JPN, JPN–USA; the group: 3 instruments × 6 member pairs.
    expect(last).toMatchObject({ memberLinksOutside: 3, memberLinksGroup: 18 });
    expect(last!.outsideShare).toBeCloseTo(3 / 21);
    // 10 tied pairs, all but FRA–GBR with a member.
    expect(last!.quadShareOfTies).toBeCloseTo(0.9);
    const [before] = quadTieSeries(p, quad, NO_FILTER, [latestDayNumber("1950")]);
    expect(before).toMatchObject({ outsideShare: null, quadShareOfTies: null });
  });
});

describe("the thesis summaries", () => {
  it("say what the per-year chart shows, in the measure", () => {
    const rows = thesisPerYear(p, quad, NO_FILTER, COUNT);
    expect(newPerYearSummary(rows, { from: 2015, to: 2020, label: "Since 2015" }, "count")).toBe(
      "Since 2015: 3 new agreements between a Quad member and a non-member, 2 among Quad members and 1 among " +
        "non-members only, vs 3 Quad-group instruments (and 3 Quad meetings).",
    );
    const depth = thesisPerYear(p, quad, NO_FILTER, { ...COUNT, measure: "depth" });
    expect(newPerYearSummary(depth, { from: 2018, to: 2020, label: "From 2018 to 2020" }, "depth")).toBe(
      "From 2018 to 2020: 1 depth point of new agreements between a Quad member and a non-member, 1 among " +
        "Quad members and 0 among non-members only, vs 4 depth points of Quad-group instruments (and 1 Quad meeting).",
    );
  });
  it("say how the Quad's ties are split", () => {
    expect(quadTiesSummary(quadTieSeries(p, quad, NO_FILTER, [end]))).toBe(
      "On 31 Dec 2020, 14% of the links among the Quad's members run outside the group (3 of 21); the members take part in 90% of all tied pairs.",
    );
  });
});

describe("new agreements per year on the small fixture", () => {
  // test-fixture.ts: A AUS–JPN 2007, B AUS–JPN 2010 (in force 2013, d2), C Quad 2007, D Quad 2017,
  // E IND–USA 2016 (d2), F GBR–JPN 2023 (d4), G AUS–USA 1951.
  const q = prepareDataset(makeFixture());
  const group = findQuadGroup(q)!;
  const added = (rows: ThesisYear[]) =>
    Object.fromEntries(
      rows.filter((r) => Object.values(r.added).some((v) => v > 0)).map((r) => [r.year, r.added]),
    );
  it("counts agreements by the year they start, within the timeline's years", () => {
    const rows = thesisPerYear(q, group, NO_FILTER, COUNT);
    expect(rows).toHaveLength(17);
    // G (1951) is before the timeline and is not new in any year.
    expect(added(rows)).toEqual({
      2007: { "quad-internal": 1, "quad-external": 0, "quad-group": 1, other: 0 }, // A, C
      2010: { "quad-internal": 1, "quad-external": 0, "quad-group": 0, other: 0 }, // B
      2016: { "quad-internal": 1, "quad-external": 0, "quad-group": 0, other: 0 }, // E
      2017: { "quad-internal": 0, "quad-external": 0, "quad-group": 1, other: 0 }, // D
      2023: { "quad-internal": 0, "quad-external": 1, "quad-group": 0, other: 0 }, // F
    });
    expect(rows.find((r) => r.year === 2020)!.meetings).toBe(1); // the Quad exercise event
  });
  it("follows the basis and the depth filter", () => {
    const inForce = added(thesisPerYear(q, group, NO_FILTER, { ...COUNT, basis: "in-force" }));
    expect(Object.keys(inForce)).toEqual(["2007", "2013", "2016", "2017", "2023"]); // B from 2013
    const deep = added(thesisPerYear(q, group, { ...NO_FILTER, minDepth: 2 }, COUNT));
    expect(Object.keys(deep)).toEqual(["2010", "2016", "2023"]);
  });
});
