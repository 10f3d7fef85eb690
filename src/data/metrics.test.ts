import { describe, expect, it } from "vitest";
import { NO_FILTER, shownAgreementsAt } from "./active";
import { latestDayNumber } from "./dates";
import { countriesInvolved, countryMetrics, degreeRanks } from "./metrics";
import { prepareDataset } from "./prepare";
import { makeFixture } from "./test-fixture";

const p = prepareDataset(makeFixture());

describe("country metrics at the end of 2023 (shown: a b d e f g)", () => {
  const shown = shownAgreementsAt(p, latestDayNumber("2023-12-31"), NO_FILTER);
  const m = countryMetrics(p, shown);
  it("weighted degree sums depths, a multilateral counting once per party", () => {
    // JPN: a1 + b2 + d1 + f4 = 8; AUS: a1 + b2 + d1 + g5 = 9; USA: d1 + e2 + g5 = 8; IND: d1 + e2 = 3; GBR: f4
    expect(Object.fromEntries(m.weightedDegree)).toEqual({ AUS: 9, JPN: 8, USA: 8, IND: 3, GBR: 4 });
    expect(m.agreementCount.get("JPN")).toBe(4);
    expect([...m.partners.get("IND")!].sort()).toEqual(["AUS", "JPN", "USA"]);
  });
  it("ranks by weighted degree with ties sharing a rank", () => {
    expect(Object.fromEntries(degreeRanks(m.weightedDegree))).toEqual({
      AUS: 1,
      JPN: 2,
      USA: 2,
      GBR: 4,
      IND: 5,
    });
  });
  it("lists the countries involved", () => {
    expect([...countriesInvolved(p, shown)].sort()).toEqual(["AUS", "GBR", "IND", "JPN", "USA"]);
  });
});
