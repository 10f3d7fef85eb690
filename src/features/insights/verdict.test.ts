import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { findQuadGroup, quadRunStartYear } from "../../data/series";
import { makeFixture } from "../../data/test-fixture";
import { limitations } from "./limitations";
import { makeReversingFixture } from "./reversing-fixture";
import type { ThesisSettings } from "./thesis";
import {
  ALL_SETTINGS,
  compareWindow,
  computeVerdict,
  ratioText,
  reversalCondition,
  runWindow,
} from "./verdict";

const DEFAULT: ThesisSettings = { measure: "count", declarations: true, basis: "signed" };
const key = (s: ThesisSettings) =>
  `${s.measure}/${s.declarations ? "incl" : "excl"}/${s.basis === "signed" ? "signed" : "in-force"}`;

function verdictOf(fixture: ReturnType<typeof makeFixture>, settings = DEFAULT) {
  const p = prepareDataset(fixture);
  const quad = findQuadGroup(p)!;
  const window = runWindow(p, quadRunStartYear(p, quad, "signed"));
  return computeVerdict(p, quad, NO_FILTER, settings, window);
}

describe("the verdict on a dataset built to reverse it", () => {
  // Worked by hand from reversing-fixture.ts. Window: since 2015 (the timeline's first day).
  // In effect on 1 Jan 2015: the alliance (d5) and the 2012 logistics (d2); the Quad group: none.
  // On 31 Dec 2020, signature basis: + five declarations (d1); the 2016 logistics (d3) has replaced
  // the 2012 one; Quad dialogue (d1), information (d2), equipment (d2).
  const fixture = makeReversingFixture();
  const v = verdictOf(fixture);

  it("grows +5 vs +3 agreements, +6 vs +5 depth points; excluding declarations, +0 vs +2 and +1 vs +4", () => {
    const table = Object.fromEntries(v.all.map((r) => [key(r.settings), [r.web, r.quad, r.outpaced]]));
    expect(table).toEqual({
      "count/incl/signed": [5, 3, true],
      "count/incl/in-force": [5, 2, true], // the equipment initiative is not in force before 2021
      "count/excl/signed": [0, 2, false], // logistics replaced by logistics: net 0
      "count/excl/in-force": [0, 1, false],
      "depth/incl/signed": [6, 5, true], // 5 declarations + 1 (d2 → d3) vs 1 + 2 + 2
      "depth/incl/in-force": [6, 3, true],
      "depth/excl/signed": [1, 4, false],
      "depth/excl/in-force": [1, 2, false],
    });
  });

  it("says so, with its strength and the setting that reverses it", () => {
    expect(v.window.label).toBe("Since 2015");
    expect(v.agreeing).toBe(4);
    expect(v.sentence).toBe(
      "Since 2015, ties that do not run through the Quad as a group grew 1.7× faster than Quad-group " +
        "instruments (+5 vs +3 agreements in effect); this holds under 4 of 8 settings; it reverses when " +
        "declarations and dialogues are excluded.",
    );
  });

  it("reverses when declarations and dialogues are excluded", () => {
    const excluded = verdictOf(fixture, { ...DEFAULT, declarations: false });
    expect(excluded.current.outpaced).toBe(false);
    expect(excluded.sentence).toBe(
      "Since 2015, ties that do not run through the Quad as a group did not grow faster than Quad-group " +
        "instruments (+0 vs +2 agreements in effect); this holds under 4 of 8 settings; it reverses when " +
        "declarations and dialogues are included.",
    );
  });
});

describe("the verdict on the small fixture", () => {
  // Since 2017 (the Quad's revival; the 2007 dialogue lapsed in 2008). 31 Dec 2016: A B E G outside
  // the group (d1 + d2 + d2 + d5), nothing in it. 31 Dec 2023: + F (d4) outside, + D (d1) in it.
  const v = verdictOf(makeFixture());

  it("is a tie when counting agreements, and reverses by depth or without declarations", () => {
    expect(v.current).toMatchObject({ web: 1, quad: 1, outpaced: false });
    expect(v.agreeing).toBe(2);
    expect(v.sentence).toBe(
      "Since 2017, ties that do not run through the Quad as a group did not grow faster than Quad-group " +
        "instruments (+1 vs +1 agreements in effect); this holds under 2 of 8 settings; it reverses when " +
        "declarations and dialogues are excluded or when weighted by depth.",
    );
  });

  it("says the Quad group did not grow when its only instrument is left out", () => {
    const v2 = verdictOf(makeFixture(), { ...DEFAULT, declarations: false, measure: "depth" });
    expect(v2.current).toMatchObject({ web: 4, quad: 0, outpaced: true });
    expect(v2.sentence).toMatch(
      /^Since 2017, ties that do not run through the Quad as a group grew \(\+4 depth points in effect\) while Quad-group instruments did not \(\+0\); this holds under 6 of 8 settings/,
    );
  });

  it("follows a compare window: 2008–2016 saw the Quad group shrink", () => {
    const p = prepareDataset(makeFixture());
    const quad = findQuadGroup(p)!;
    // 31 Dec 2007: A C G (and nothing else yet); 31 Dec 2016: A B E G. C lapsed in 2008.
    const w = compareWindow(latestDayNumber("2007"), latestDayNumber("2016"));
    const r = computeVerdict(p, quad, NO_FILTER, DEFAULT, w);
    expect(r.current).toMatchObject({ web: 2, quad: -1, outpaced: true });
    expect(r.sentence).toMatch(
      /^Between 31 Dec 2007 and 31 Dec 2016, .* grew \(\+2 agreements in effect\) while Quad-group instruments did not \(−1\); this holds under all 8 settings\.$/,
    );
  });
});

describe("reversal conditions", () => {
  const where = (test: (s: ThesisSettings) => boolean) => ALL_SETTINGS.filter(test);
  it("names one setting, two together, or either of two", () => {
    expect(reversalCondition(where((s) => s.basis === "in-force"))).toBe(
      "when counted from entry into force",
    );
    expect(reversalCondition(where((s) => s.measure === "depth" && s.basis === "in-force"))).toBe(
      "when weighted by depth and counted from entry into force",
    );
    expect(reversalCondition(where((s) => s.measure === "depth" || !s.declarations))).toBe(
      "when declarations and dialogues are excluded or when weighted by depth",
    );
  });
  it("falls back to the number of settings", () => {
    const odd = [ALL_SETTINGS[0]!, ALL_SETTINGS[7]!];
    expect(reversalCondition(odd)).toBe("under the other 2 (see the table)");
  });
  it("writes ratios briefly", () => {
    expect(ratioText(5, 3)).toBe("1.7×");
    expect(ratioText(36, 3)).toBe("12×");
    expect(ratioText(4, 2)).toBe("2×");
  });
});

describe("how this could be wrong", () => {
  it("is computed from the records that moved the verdict", () => {
    const p = prepareDataset(makeReversingFixture());
    const quad = findQuadGroup(p)!;
    const window = runWindow(p, 2015);
    // Moved since 1 Jan 2015 (signature, all kinds): five declarations, the 2012 logistics (ended),
    // the 2016 logistics and three Quad instruments: 10. FRA–USA is unverified; GBR–IND is month-only.
    const list = limitations(p, quad, NO_FILTER, DEFAULT, window);
    const text = Object.fromEntries(list.map((l) => [l.id, l.text]));
    expect(text.unverified).toBe(
      "1 of 10 agreements that changed the count (10%) is unverified: a date or fact could not be confirmed.",
    );
    expect(text["partial-dates"]).toMatch(/^1 of 10 agreements .* has a month- or year-only date/);
    expect(text["few-records"]).toContain("United Kingdom (2)");
    expect(text["non-members"]).toMatch(/^1 agreement \(9\.1% of the dataset\) is among non-members only/);
    expect(text.meetings).toContain("(3 meetings of the group in this window)");
    // Counted from entry into force, the dates missing it are named.
    const inForce = limitations(p, quad, NO_FILTER, { ...DEFAULT, basis: "in-force" }, window);
    expect(inForce.find((l) => l.id === "no-in-force")?.text).toMatch(/^8 of 9 agreements/);
  });
});
