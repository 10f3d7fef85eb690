import { describe, expect, it } from "vitest";
import { endReasonOf, isReplaced, predecessorsOf } from "./lifecycle";
import { makeFixture } from "./test-fixture";
import { formatProblem, validateDataset } from "./validate";
import { computeViewModel } from "./view-model";
import { prepareDataset } from "./prepare";
import { latestDayNumber as dayNumber } from "./dates";
import { NO_FILTER } from "./active";

function problemsOf(mutate: (d: any) => void): string[] {
  const d: any = makeFixture();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** The fixture with A (2007 declaration) replaced by a new declaration H on 2022-10-22. */
function withReplacement(): any {
  const d: any = makeFixture();
  d.agreements.push({ ...d.agreements[0], id: "h", title: "Agreement H", signed: "2022-10-22" });
  Object.assign(d.agreements[0], { ended: "2022-10-22", endReason: "superseded", supersededBy: "h" });
  return d;
}

describe("lifecycle rules", () => {
  it("accepts a replaced agreement whose successor exists", () => {
    expect(validateDataset(withReplacement()).ok).toBe(true);
  });

  it.each([
    [
      "successor unknown",
      (d: any) => Object.assign(d.agreements[0], { ended: "2010-01-01", supersededBy: "zz" }),
      'agreements[0].supersededBy: unknown agreement "zz"',
    ],
    [
      "replaced by itself",
      (d: any) => Object.assign(d.agreements[0], { ended: "2010-01-01", supersededBy: "a" }),
      "agreements[0].supersededBy: an agreement cannot replace itself",
    ],
    [
      "reason without a date",
      (d: any) => Object.assign(d.agreements[4], { endReason: "cancelled" }),
      'agreements[4].ended: give the date it ended: endReason is "cancelled" but ended is empty',
    ],
    [
      "superseded without a successor",
      (d: any) => Object.assign(d.agreements[4], { ended: "2020-01-01", endReason: "superseded" }),
      'agreements[4].supersededBy: endReason is "superseded": name the agreement that replaced it',
    ],
    [
      "successor named with another reason",
      (d: any) =>
        Object.assign(d.agreements[1], { ended: "2020-01-01", endReason: "expired", supersededBy: "e" }),
      'agreements[1].endReason: is "expired" but supersededBy is set: use "superseded"',
    ],
    [
      "replaced before the successor existed",
      (d: any) => Object.assign(d.agreements[0], { ended: "2010-01-01", supersededBy: "f" }),
      'agreements[0].ended: replaced on 2010-01-01, before its successor "f" was signed (2023-01-11)',
    ],
    [
      "unknown end reason",
      (d: any) => Object.assign(d.agreements[0], { ended: "2010-01-01", endReason: "vanished" }),
      "agreements[0].endReason",
    ],
  ])("reports %s", (_name, mutate, expected) => {
    expect(problemsOf(mutate).some((p) => p.startsWith(expected))).toBe(true);
  });

  it("reports a replacement cycle once", () => {
    const problems = problemsOf((d) => {
      Object.assign(d.agreements[1], { ended: "2023-06-01", supersededBy: "f" });
      Object.assign(d.agreements[5], { ended: "2023-06-01", supersededBy: "b" });
    });
    expect(problems.filter((p) => p.includes("replacement cycle"))).toEqual([
      "agreements[1].supersededBy: replacement cycle: b → f → b",
    ]);
  });
});

describe("lifecycle derivations", () => {
  it("names the reason and the predecessors", () => {
    const d = withReplacement();
    expect(endReasonOf(d.agreements[0])).toBe("superseded");
    expect(isReplaced(d.agreements[0])).toBe(true);
    expect(endReasonOf(d.agreements[2])).toBeNull(); // C ended with no reason given
    expect(predecessorsOf(d.agreements, "h").map((a: any) => a.id)).toEqual(["a"]);
  });

  it("compare counts a replaced agreement apart from the ended ones", () => {
    const d = withReplacement();
    Object.assign(d.agreements[4], { ended: "2020-01-01", endReason: "terminated" });
    const p = prepareDataset(d);
    const vm = computeViewModel(p, dayNumber("2023-12-31"), NO_FILTER, dayNumber("2016-12-31"));
    const ids = (list: number[]) => list.map((i) => d.agreements[i].id);
    expect(ids(vm.comparison!.replaced)).toEqual(["a"]);
    expect(ids(vm.comparison!.ended)).toEqual(["e"]);
    expect(ids(vm.comparison!.added)).toEqual(["d", "f", "h"]);
  });
});
