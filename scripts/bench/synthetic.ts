/**
 * Seeded synthetic datasets in the Lattice format, for the benchmark (docs/performance.md). They are
 * shaped like real cooperation data rather than uniform noise, because the layout and the per-date
 * work both depend on shape: a few hub states with many partners (Zipf-like weights), most
 * agreements inside a region, ~12% multilateral (most of them in standing groups, so hubs are
 * shared), some entering into force later and some ending. Same seed, same bytes.
 */
import { dayNumberToIso, latestDayNumber } from "../../src/data/dates.ts";
import { AGREEMENT_KINDS, EVENT_KINDS, REGIONS } from "../../src/data/kinds.ts";
import { seededRandom } from "../../src/data/layout/layout.ts";
import type { Agreement, Country, Dataset, Group, LatticeEvent } from "../../src/data/schema.ts";

export interface SyntheticSpec {
  countries: number;
  agreements: number;
  years: number;
  seed: number;
}

export const SCALES = {
  medium: { countries: 200, agreements: 2_000, years: 30, seed: 200_2000 },
  large: { countries: 1_000, agreements: 10_000, years: 30, seed: 1000_10000 },
} as const satisfies Record<string, SyntheticSpec>;
export type SyntheticScale = keyof typeof SCALES;

const END_YEAR = 2023;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Unique uppercase three-letter ids: XAA, XAB, … XZZ, then YAA … (enough for 1,352 countries). */
export function syntheticCountryId(index: number): string {
  const first = "XY"[Math.floor(index / 676)];
  if (first === undefined) throw new RangeError(`at most 1,352 synthetic countries (asked for ${index + 1})`);
  return first + LETTERS[Math.floor(index / 26) % 26]! + LETTERS[index % 26]!;
}

export function generateSynthetic(spec: SyntheticSpec): Dataset {
  const random = seededRandom(spec.seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const startYear = END_YEAR - spec.years + 1;
  const startDay = latestDayNumber(`${startYear}-01-01`);
  const endDay = latestDayNumber(`${END_YEAR}-12-31`);

  const countries: Country[] = Array.from({ length: spec.countries }, (_, i) => ({
    id: syntheticCountryId(i),
    name: `Synthetic state ${i + 1}`,
    region: REGIONS[i % REGIONS.length]!,
  }));
  // Zipf-like weights: country 0 is the busiest. Cumulative sums make a weighted pick O(log n).
  const weights = countries.map((_, i) => 1 / (i + 8));
  const byRegion = REGIONS.map((_, r) => countries.map((_, i) => i).filter((i) => i % REGIONS.length === r));
  const cumulative = (indices: number[]) => {
    let sum = 0;
    return { indices, sums: indices.map((i) => (sum += weights[i]!)) };
  };
  const allPool = cumulative(countries.map((_, i) => i));
  const regionPools = byRegion.map(cumulative);
  const weightedPick = (pool: { indices: number[]; sums: number[] }): number => {
    const target = random() * pool.sums[pool.sums.length - 1]!;
    let lo = 0;
    let hi = pool.sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pool.sums[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return pool.indices[lo]!;
  };
  /** Distinct parties, most of them from the region of the first. */
  const pickParties = (count: number): string[] => {
    const first = weightedPick(allPool);
    const chosen = new Set([first]);
    const home = regionPools[first % REGIONS.length]!;
    while (chosen.size < count) chosen.add(weightedPick(random() < 0.7 ? home : allPool));
    return [...chosen].map((i) => countries[i]!.id);
  };

  const groupCount = Math.max(2, Math.round(spec.agreements / 150));
  const groups: Group[] = Array.from({ length: groupCount }, (_, g) => ({
    id: `SG-${g + 1}`,
    name: `Synthetic group ${g + 1}`,
    members: pickParties(int(3, 8)),
  }));

  const dateText = (day: number): string => {
    const iso = dayNumberToIso(day);
    const r = random();
    return r < 0.82 ? iso : r < 0.96 ? iso.slice(0, 7) : iso.slice(0, 4);
  };
  // A tenth of the agreements predate the timeline: the baseline that is already there at the start.
  const signedDayFor = () => (random() < 0.1 ? startDay - int(1, 20 * 365) : int(startDay, endDay));

  const agreements: Agreement[] = [];
  for (let i = 0; i < spec.agreements; i++) {
    const id = `syn-${i + 1}`;
    const multilateral = random() < 0.12;
    const group = multilateral && random() < 0.75 ? pick(groups) : null;
    const parties = group ? [...group.members] : pickParties(multilateral ? int(3, 8) : 2);
    const signedDay = signedDayFor();
    const signed = dateText(signedDay);
    const inForceDay = random() < 0.55 ? latestDayNumber(signed) + int(0, 700) : null;
    const inForce = inForceDay === null ? null : dayNumberToIso(inForceDay);
    const startedDay = inForceDay ?? latestDayNumber(signed);
    const ended = random() < 0.15 ? dayNumberToIso(startedDay + int(200, 12 * 365)) : null;
    const kind = pick(AGREEMENT_KINDS);
    agreements.push({
      id,
      title: `Synthetic ${kind} agreement ${i + 1}`,
      kind,
      parties,
      group: group?.id ?? null,
      signed,
      inForce,
      ended,
      ...(random() < 0.3
        ? { depth: int(1, 5), depthReason: "Synthetic depth, drawn at random for the benchmark." }
        : {}),
      summary: `Generated for the Lattice benchmark (seed ${spec.seed}); not a real agreement.`,
      sources: [
        {
          title: `Synthetic record ${i + 1}`,
          publisher: "Lattice benchmark",
          url: `https://example.org/synthetic/${id}`,
        },
      ],
    });
  }

  const events: LatticeEvent[] = Array.from({ length: Math.round(spec.agreements / 20) }, (_, i) => ({
    id: `syn-event-${i + 1}`,
    title: `Synthetic event ${i + 1}`,
    date: dateText(int(startDay, endDay)),
    kind: pick(EVENT_KINDS),
    parties: pickParties(int(2, 4)),
    group: null,
    summary: "Generated for the Lattice benchmark; not a real event.",
    sources: [
      {
        title: `Synthetic event ${i + 1}`,
        publisher: "Lattice benchmark",
        url: "https://example.org/synthetic",
      },
    ],
  }));

  return {
    schemaVersion: 1,
    title: `Synthetic benchmark data: ${spec.countries} countries, ${spec.agreements} agreements`,
    version: `seed-${spec.seed}`,
    description:
      "Generated by scripts/generate-synthetic.ts for `npm run bench`. Every country, agreement and event is fictional.",
    updated: `${END_YEAR}-12-31`,
    timeline: { start: `${startYear}-01-01`, end: `${END_YEAR}-12-31` },
    countries,
    groups,
    agreements,
    events,
  };
}
