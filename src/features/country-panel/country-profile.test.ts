import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { countryProfile } from "./country-profile";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { computeViewModel } from "../../data/view-model";

// See src/data/test-fixture.ts for the seven agreements A–G.
const p = prepareDataset(makeFixture());
const vmAt = (iso: string, filter = NO_FILTER) => computeViewModel(p, latestDayNumber(iso), filter);
const ids = (rows: { index: number }[]) => rows.map((r) => p.dataset.agreements[r.index]!.id).join("");

describe("Japan at the end of 2023", () => {
  const profile = countryProfile(vmAt("2023-12-31"), "JPN")!;
  it("headline numbers: A B D F active, 4 partners, weighted degree 1+2+1+4 = 8, rank 2 of 5", () => {
    expect(profile).toMatchObject({
      activeCount: 4,
      partnerCount: 4,
      weightedDegree: 8,
      rank: 2,
      rankedCount: 5,
    });
    expect(profile.memberships.map((m) => [m.group.id, m.state, m.from])).toEqual([
      ["QUAD", "active", "2007-05"],
    ]);
  });
  it("partners deepest tie first: GBR (access 4), AUS (logistics 2 of 3), then IND and USA by name", () => {
    expect(profile.partners).toEqual([
      { id: "GBR", name: "United Kingdom", depth: 4, kind: "access", count: 1, firstSigned: "2023-01-11" },
      { id: "AUS", name: "Australia", depth: 2, kind: "logistics", count: 3, firstSigned: "2007-03-13" },
      { id: "IND", name: "India", depth: 1, kind: "dialogue", count: 1, firstSigned: "2017-11-12" },
      { id: "USA", name: "United States", depth: 1, kind: "dialogue", count: 1, firstSigned: "2017-11-12" },
    ]);
  });
  it("agreements chronologically with their status; events", () => {
    expect(ids(profile.agreements)).toBe("acbdf");
    expect(profile.agreements.map((r) => r.status)).toEqual([
      "active",
      "ended",
      "active",
      "active",
      "active",
    ]);
    expect(profile.hiddenByFilter).toBe(0);
    expect(profile.events.map((e) => [e.event.id, e.future])).toEqual([["ev-1", false]]);
  });
});

describe("filters and dates", () => {
  it("F is pending in mid-2023", () => {
    const profile = countryProfile(vmAt("2023-06-01"), "JPN")!;
    expect(profile.agreements.find((r) => p.dataset.agreements[r.index]!.id === "f")!.status).toBe("pending");
  });
  it("the kind filter keeps B only and says how many it hides", () => {
    const profile = countryProfile(
      vmAt("2023-12-31", { ...NO_FILTER, kinds: new Set(["logistics"]) }),
      "JPN",
    )!;
    expect(ids(profile.agreements)).toBe("b");
    expect(profile.hiddenByFilter).toBe(4);
    expect(profile.activeCount).toBe(1);
    expect(profile.partners).toEqual([
      { id: "AUS", name: "Australia", depth: 2, kind: "logistics", count: 1, firstSigned: "2010-05-19" },
    ]);
  });
  it("India in mid-2010 has nothing active, C ended, D and E not yet signed, the exercise ahead", () => {
    const profile = countryProfile(vmAt("2010-06-01"), "IND")!;
    expect(profile).toMatchObject({ activeCount: 0, partnerCount: 0, rank: null, weightedDegree: 0 });
    expect(ids(profile.agreements)).toBe("ced");
    expect(profile.agreements.map((r) => r.status)).toEqual(["ended", "not-yet", "not-yet"]);
    expect(profile.events[0]!.future).toBe(true);
  });
  it("an unknown country has no profile", () => {
    expect(countryProfile(vmAt("2023-12-31"), "XXX")).toBeNull();
  });
});

describe("memberships are dated by the group's agreements", () => {
  const quadState = (iso: string) => countryProfile(vmAt(iso), "JPN")!.memberships[0]!.state;
  it("not yet before C (May 2007), active during C, lapsed from March 2008 until D (Nov 2017)", () => {
    expect(quadState("2007-04-01")).toBe("not-yet");
    expect(quadState("2007-06-01")).toBe("active");
    expect(quadState("2010-06-01")).toBe("lapsed");
    expect(quadState("2017-11-12")).toBe("active");
  });
  it("a group with no agreements is undated", () => {
    const data = makeFixture();
    data.groups.push({ id: "X", name: "X", members: ["JPN", "GBR"] });
    const q = prepareDataset(data);
    const m = countryProfile(
      computeViewModel(q, latestDayNumber("2020-01-01"), NO_FILTER),
      "JPN",
    )!.memberships;
    expect(m.map((r) => [r.group.id, r.state])).toEqual([
      ["QUAD", "active"],
      ["X", "undated"],
    ]);
  });
});
