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
  return { weightedDegree: weightedDegrees(p, shown), ...countsAndPartners(p, shown) };
}

/**
 * The same metrics, with agreement counts and partners computed when first read: a date step of a
 * play needs the weighted degrees (node sizes) at once, the rest only when a tooltip or panel asks
 * (building the partner sets is the costly part at 10,000 agreements).
 */
export function lazyCountryMetrics(p: PreparedDataset, shown: readonly number[]): CountryMetrics {
  let rest: ReturnType<typeof countsAndPartners> | null = null;
  const all = () => (rest ??= countsAndPartners(p, shown));
  return {
    weightedDegree: weightedDegrees(p, shown),
    get agreementCount() {
      return all().agreementCount;
    },
    get partners() {
      return all().partners;
    },
  };
}

function weightedDegrees(p: PreparedDataset, shown: readonly number[]): Map<string, number> {
  // Summed by party number, then keyed by id: 5× cheaper than a Map update per party at 10,000
  // agreements (a date step of a play computes this). Countries appear in order of first appearance.
  const { depth, partyStart, partyIndex, partyIds } = p;
  const sum = new Float64Array(partyIds.length);
  const seen = new Uint8Array(partyIds.length);
  const order: number[] = [];
  for (const i of shown) {
    const d = depth[i]!;
    for (let k = partyStart[i]!; k < partyStart[i + 1]!; k++) {
      const party = partyIndex[k]!;
      if (!seen[party]) {
        seen[party] = 1;
        order.push(party);
      }
      sum[party] = sum[party]! + d;
    }
  }
  const weightedDegree = new Map<string, number>();
  for (const party of order) weightedDegree.set(partyIds[party]!, sum[party]!);
  return weightedDegree;
}

function countsAndPartners(p: PreparedDataset, shown: readonly number[]) {
  const agreementCount = new Map<string, number>();
  const partners = new Map<string, Set<string>>();
  for (const i of shown) {
    const a = p.dataset.agreements[i]!;
    for (const party of a.parties) {
      agreementCount.set(party, (agreementCount.get(party) ?? 0) + 1);
      let set = partners.get(party);
      if (!set) partners.set(party, (set = new Set()));
      for (const other of a.parties) if (other !== party) set.add(other);
    }
  }
  return { agreementCount, partners };
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
