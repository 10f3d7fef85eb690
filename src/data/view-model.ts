/**
 * Everything the views show for one choice of date and filters, derived in one place from the
 * prepared dataset (never stored). The app computes it once per change and hands it to features.
 */
import { shownAgreementsAt, type AgreementFilter } from "./active";
import { dayNumberToIso } from "./dates";
import { isReplaced } from "./lifecycle";
import { degreeRanks, lazyCountryMetrics, type CountryMetrics } from "./metrics";
import type { PreparedDataset } from "./prepare";

export interface Comparison {
  fromDay: number;
  /** Shown on the later date but not on the earlier one. */
  added: number[];
  /** Shown on the earlier date but not any more (ended, or filtered out by the later date)… */
  ended: number[];
  /** …and of those, the ones replaced by a successor (`supersededBy`), counted apart. */
  replaced: number[];
}

/** Everything shown on the earlier date and not on the later one: ended and replaced. */
export function goneSince(c: Comparison): number[] {
  return [...c.ended, ...c.replaced];
}

export interface ViewModel {
  prepared: PreparedDataset;
  day: number;
  dayIso: string;
  filter: AgreementFilter;
  /** Indices of agreements shown, in dataset order. */
  shown: number[];
  /** 1 where the agreement with that index is shown. */
  shownMask: Uint8Array;
  countries: Set<string>;
  metrics: CountryMetrics;
  ranks: Map<string, number>;
  comparison: Comparison | null;
}

export function computeViewModel(
  prepared: PreparedDataset,
  day: number,
  filter: AgreementFilter,
  compareFromDay: number | null = null,
): ViewModel {
  const shown = shownAgreementsAt(prepared, day, filter);
  const shownMask = new Uint8Array(prepared.signedDay.length);
  for (const i of shown) shownMask[i] = 1;
  const metrics = lazyCountryMetrics(prepared, shown);
  let comparison: Comparison | null = null;
  if (compareFromDay !== null && compareFromDay < day) {
    const before = shownAgreementsAt(prepared, compareFromDay, filter);
    const beforeMask = new Uint8Array(prepared.signedDay.length);
    for (const i of before) beforeMask[i] = 1;
    const gone = before.filter((i) => !shownMask[i]);
    const replaced = (i: number) =>
      prepared.endedDay[i]! <= day && isReplaced(prepared.dataset.agreements[i]!);
    comparison = {
      fromDay: compareFromDay,
      added: shown.filter((i) => !beforeMask[i]),
      ended: gone.filter((i) => !replaced(i)),
      replaced: gone.filter(replaced),
    };
  }
  let countries: Set<string> | null = null;
  let ranks: Map<string, number> | null = null;
  return {
    prepared,
    day,
    dayIso: dayNumberToIso(day),
    filter,
    shown,
    shownMask,
    get countries() {
      // Every party of a shown agreement has a weighted degree (depth ≥ 1): the same set, cheaper.
      return (countries ??= new Set(metrics.weightedDegree.keys()));
    },
    metrics,
    get ranks() {
      return (ranks ??= degreeRanks(metrics.weightedDegree));
    },
    comparison,
  };
}
