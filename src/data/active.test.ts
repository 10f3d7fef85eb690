import { describe, expect, it } from "vitest";
import { NO_FILTER, shownAgreementsAt, statusAt } from "./active";
import { latestDayNumber } from "./dates";
import { prepareDataset } from "./prepare";
import { makeFixture } from "./test-fixture";

const p = prepareDataset(makeFixture());
const day = latestDayNumber;
const ids = (indices: number[]) => indices.map((i) => p.dataset.agreements[i]!.id).join("");

describe("what is shown on a date", () => {
  it("on the first day: the baseline alliance and the declaration signed that day", () => {
    expect(ids(shownAgreementsAt(p, day("2007-03-13"), NO_FILTER))).toBe("ag");
  });
  it("a month-precision start counts from the month's last day", () => {
    expect(ids(shownAgreementsAt(p, day("2007-05-30"), NO_FILTER))).toBe("ag");
    expect(ids(shownAgreementsAt(p, day("2007-05-31"), NO_FILTER))).toBe("acg");
  });
  it("the first Quad lapses after February 2008 and the revival returns in November 2017", () => {
    expect(ids(shownAgreementsAt(p, day("2008-02-28"), NO_FILTER))).toBe("acg");
    expect(ids(shownAgreementsAt(p, day("2008-02-29"), NO_FILTER))).toBe("ag");
    expect(ids(shownAgreementsAt(p, day("2017-11-12"), NO_FILTER))).toBe("abdeg");
  });
  it("signed but not in force is pending: counted under the signature basis only", () => {
    expect(statusAt(p, 1, day("2012-01-01"))).toBe("pending");
    expect(ids(shownAgreementsAt(p, day("2012-01-01"), NO_FILTER))).toBe("abg");
    expect(ids(shownAgreementsAt(p, day("2012-01-01"), { ...NO_FILTER, basis: "in-force" }))).toBe("ag");
    expect(ids(shownAgreementsAt(p, day("2013-01-31"), { ...NO_FILTER, basis: "in-force" }))).toBe("abg");
  });
  it("an agreement with no entry-into-force date counts from signature under both bases", () => {
    expect(ids(shownAgreementsAt(p, day("2016-08-29"), { ...NO_FILTER, basis: "in-force" }))).toBe("abeg");
  });
  it("filters by kind and minimum depth", () => {
    const at = day("2023-12-31");
    expect(ids(shownAgreementsAt(p, at, { ...NO_FILTER, kinds: new Set(["logistics"]) }))).toBe("be");
    expect(ids(shownAgreementsAt(p, at, { ...NO_FILTER, minDepth: 4 }))).toBe("fg");
  });
  it("statuses before, during and after", () => {
    expect(statusAt(p, 5, day("2022-12-31"))).toBe("not-yet");
    expect(statusAt(p, 5, day("2023-05-01"))).toBe("pending");
    expect(statusAt(p, 5, day("2023-10-15"))).toBe("active");
    expect(statusAt(p, 2, day("2010-01-01"))).toBe("ended");
  });
});
