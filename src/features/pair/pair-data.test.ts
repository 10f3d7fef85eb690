import { describe, expect, it } from "vitest";
import { NO_FILTER, shownAgreementsAt } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { pairAgreements, pairDepthSteps, pairRank, pairStrip } from "./pair-data";

// The small fixture (test-fixture.ts): AUS–JPN share A (declaration 2007, d1), B (logistics signed
// 2010, in force 2013, d2), the Quad dialogues C (May 2007–Feb 2008) and D (Nov 2017), both d1, and
// the Quad exercise event of 2020.
const p = prepareDataset(makeFixture());

describe("the pair view's data", () => {
  it("lists every agreement the two share, by signature", () => {
    expect(pairAgreements(p, "AUS", "JPN").map((i) => p.dataset.agreements[i]!.id)).toEqual([
      "a",
      "c",
      "b",
      "d",
    ]);
    expect(pairAgreements(p, "GBR", "IND")).toEqual([]);
  });

  it("dates each signature, entry into force, end and shared event", () => {
    expect(pairStrip(p, "JPN", "AUS").map((s) => `${s.date} ${s.mark} ${s.agreementId ?? "-"}`)).toEqual([
      "2007-03-13 signed a",
      "2007-05 signed c",
      "2008-02 ended c",
      "2010-05-19 signed b",
      "2013-01-31 in force b",
      "2017-11-12 signed d",
      "2020-11-03 event -",
    ]);
  });

  it("steps the combined depth at each change, following the basis", () => {
    const steps = pairDepthSteps(p, "AUS", "JPN", NO_FILTER).map((s) => [s.iso, s.depth]);
    expect(steps).toEqual([
      ["2007-03-13", 1],
      ["2007-05-31", 2],
      ["2008-02-29", 1],
      ["2010-05-19", 3],
      ["2017-11-12", 4],
      ["2023-12-31", 4],
    ]);
    const inForce = pairDepthSteps(p, "AUS", "JPN", { ...NO_FILTER, basis: "in-force" });
    expect(inForce.find((s) => s.iso === "2013-01-31")?.depth).toBe(3);
  });

  it("ranks the pair by combined depth among all tied pairs on the day", () => {
    const shown = shownAgreementsAt(p, latestDayNumber("2023-12-31"), NO_FILTER);
    // Pairs: AUS–USA 5 + 1 (G, D) = 6; GBR–JPN 4; AUS–JPN 1 + 2 + 1 = 4; IND–USA 2 + 1 = 3;
    // AUS–IND, IND–JPN, JPN–USA 1 each: 7 pairs.
    expect(pairRank(p, shown, "AUS", "JPN")).toEqual({ rank: 2, of: 7, depth: 4 });
    expect(pairRank(p, shown, "USA", "AUS")).toEqual({ rank: 1, of: 7, depth: 6 });
    expect(pairRank(p, shown, "GBR", "IND")).toEqual({ rank: null, of: 7, depth: 0 });
  });
});
