import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";
import { changesCsv, whatChanged } from "./what-changed";

const p = prepareDataset(makeFixture());
const vmBetween = (a: string, b: string) =>
  computeViewModel(p, latestDayNumber(b), NO_FILTER, latestDayNumber(a));

describe("what changed", () => {
  it("accounts per country for 2016–2023: the Quad's revival (D) and the UK–Japan access agreement (F)", () => {
    // 31 Dec 2016: A B E G. 31 Dec 2023: + D (Quad dialogue, d1) + F (GBR–JPN, d4).
    const rows = whatChanged(vmBetween("2016-12-31", "2023-12-31"));
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.JPN).toEqual({
      id: "JPN",
      name: "Japan",
      newPartners: ["India", "United Kingdom", "United States"],
      gained: 2,
      ended: 0,
      replaced: 0,
      depthBefore: 3,
      depthAfter: 8,
      depthGained: 5,
    });
    expect(byId.GBR).toMatchObject({ newPartners: ["Japan"], gained: 1, depthGained: 4 });
    expect(byId.IND).toMatchObject({ newPartners: ["Australia", "Japan"], gained: 1, depthGained: 1 });
    // Sorted by agreements moved, then depth: Japan (2) first.
    expect(rows.map((r) => r.id)).toEqual(["JPN", "GBR", "AUS", "IND", "USA"]);
  });

  it("counts ended agreements: the Quad's 2008 lapse", () => {
    const rows = whatChanged(vmBetween("2007-12-31", "2008-12-31"));
    expect(rows.map((r) => [r.id, r.ended, r.depthGained])).toEqual([
      ["AUS", 1, -1],
      ["IND", 1, -1],
      ["JPN", 1, -1],
      ["USA", 1, -1],
    ]);
  });

  it("writes guarded CSV", () => {
    const csv = changesCsv([
      {
        id: "XXX",
        name: "=HYPERLINK(1)",
        newPartners: ["@a", "b"],
        gained: 1,
        ended: 0,
        replaced: 0,
        depthBefore: 3,
        depthAfter: 1,
        depthGained: -2,
      },
    ]);
    expect(csv).toBe(
      "country,code,new_partners,agreements_gained,ended,replaced,weighted_degree_on_a,weighted_degree_on_b\r\n" +
        "'=HYPERLINK(1),XXX,'@a; b,1,0,0,3,1\r\n",
    );
  });
});
