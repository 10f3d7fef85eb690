/**
 * Numbers about the network on a date, from the agreements shown (see active.ts). Weighted degree is
 * the sum of the depths of a country's shown agreements; a multilateral agreement counts once for
 * each of its parties.
 */
import type { PreparedDataset } from "./prepare";

export interface CountryMetrics {
  weightedDegree: Map<string, number>;
  agreementCount: Map<string, number>;
  partners: Map<string, Set<string>>;
}

export function countryMetrics(p: PreparedDataset, shown: readonly number[]): CountryMetrics {
  const weightedDegree = new Map<string, number>();
  const agreementCount = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  for (const i of shown) {
    const a = p.dataset.agreements[i]!;
    const depth = p.depth[i]!;
    for (const party of a.parties) {
      weightedDegree.set(party, (weightedDegree.get(party) ?? 0) + depth);
      agreementCount.set(party, (agreementCount.get(party) ?? 0) + 1);
      let set = partners.get(party);
      if (!set) partners.set(party, (set = new Set()));
      for (const other of a.parties) if (other !== party) set.add(other);
    }
  }
  return { weightedDegree, agreementCount, partners };
}

/** Countries taking part in at least one shown agreement. */
export function countriesInvolved(p: PreparedDataset, shown: readonly number[]): Set<string> {
  const out = new Set<string>();
  for (const i of shown) for (const party of p.dataset.agreements[i]!.parties) out.add(party);
  return out;
}

/**
 * Competition rank (1, 2, 2, 4…) of each country by weighted degree, highest first; countries with
 * no shown agreement are not ranked.
 */
export function degreeRanks(weightedDegree: ReadonlyMap<string, number>): Map<string, number> {
  const sorted = [...weightedDegree.entries()].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
  const ranks = new Map<string, number>();
  sorted.forEach(([id, value], k) => {
    const prev = sorted[k - 1];
    ranks.set(id, prev && prev[1] === value ? ranks.get(prev[0])! : k + 1);
  });
  return ranks;
}
