import { describe, expect, it } from "vitest";
import { NO_FILTER, shownAgreementsAt } from "./active";
import { latestDayNumber } from "./dates";
import { countriesInvolved, countryMetrics, degreeRanks } from "./metrics";
import { prepareDataset } from "./prepare";
import { makeFixture } from "./test-fixture";
import { computeViewModel } from "./view-model";

describe("computeViewModel", () => {
  it("gives the same countries, metrics and ranks as the direct derivations (computed on first read)", () => {
    const p = prepareDataset(makeFixture());
    for (const date of ["2007-01-01", "2012-06-01", "2018-03-01", "2023-12-31"]) {
      const day = latestDayNumber(date);
      const vm = computeViewModel(p, day, NO_FILTER);
      const shown = shownAgreementsAt(p, day, NO_FILTER);
      const direct = countryMetrics(p, shown);
      expect(vm.shown).toEqual(shown);
      expect([...vm.countries]).toEqual([...countriesInvolved(p, shown)]);
      expect(vm.metrics.weightedDegree).toEqual(direct.weightedDegree);
      expect(vm.metrics.agreementCount).toEqual(direct.agreementCount);
      expect(vm.metrics.partners).toEqual(direct.partners);
      expect(vm.ranks).toEqual(degreeRanks(direct.weightedDegree));
      expect(vm.countries).toBe(vm.countries);
    }
  });
});
