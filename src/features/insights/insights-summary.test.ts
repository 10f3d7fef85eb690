import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { degreeSummary, networkSummary, percent } from "./insights-summary";
import { prepareDataset } from "../../data/prepare";
import { networkSeries, sampleDays, topDegreeSeries } from "../../data/series";
import { makeFixture } from "../../data/test-fixture";

const p = prepareDataset(makeFixture());
const days = sampleDays(p);
const nameOf = (id: string) => p.countryById.get(id)?.name ?? id;

describe("summary lines from the fixture's numbers", () => {
  it("the hub: Australia leads with 9; Japan climbed from 3rd to 2nd", () => {
    expect(degreeSummary(topDegreeSeries(p, NO_FILTER, days, 3), nameOf)).toBe(
      "Australia leads on 31 Dec 2023 (weighted degree 9). Biggest climb among the top 3: Japan, from 3rd on 13 Mar 2007 to 2nd.",
    );
    const none = topDegreeSeries(p, { ...NO_FILTER, kinds: new Set(["technology"]) }, days);
    expect(degreeSummary(none, nameOf)).toBe("No agreements are shown with these filters.");
  });
  it("density 20% → 70% (2 → 7 of 10 pairs), agreements 2 → 6, Logistics most common (2)", () => {
    expect(networkSummary(networkSeries(p, NO_FILTER, days))).toBe(
      "Density rose from 20% of possible country pairs on 13 Mar 2007 to 70% on 31 Dec 2023; shown agreements went from 2 to 6, the most common kind now Logistics (2).",
    );
  });
  it("percentages keep a decimal below 10%", () => {
    expect([0, 0.046, 0.2, 0.705].map(percent)).toEqual(["0%", "4.6%", "20%", "71%"]);
  });
});
