/**
 * Time series for the panels' and the Insights tab's charts. Every value is what active.ts and
 * metrics.ts say on a sample day, so a chart point always agrees with the graph at that date.
 * Samples are the timeline's first day, then each 31 December, then the timeline's last day: one
 * point per year is enough for a 17-year story and keeps the data tables short.
 */
import { countedFromDay, isCounted, passesFilter, statusAt, type AgreementFilter } from "./active";
import { dayNumberToIso, latestDayNumber, yearOf } from "./dates";
import { AGREEMENT_KINDS, type AgreementKind } from "./kinds";
import { countryMetrics, degreeRanks } from "./metrics";
import type { PreparedDataset } from "./prepare";
import type { Agreement, Group } from "./schema";

export type KindCounts = Record<AgreementKind, number>;

export const emptyKindCounts = (): KindCounts =>
  Object.fromEntries(AGREEMENT_KINDS.map((k) => [k, 0])) as KindCounts;

/** The timeline's first day, every 31 December inside the timeline, and its last day (sorted, unique). */
export function sampleDays(p: PreparedDataset): number[] {
  const days = new Set<number>([p.startDay]);
  for (let year = yearOf(p.startDay); year <= yearOf(p.endDay); year++) {
    const yearEnd = latestDayNumber(String(year));
    if (yearEnd >= p.startDay && yearEnd <= p.endDay) days.add(yearEnd);
  }
  days.add(p.endDay);
  return [...days].sort((a, b) => a - b);
}

/** Indices of the agreements a country is party to (all of them, whatever the date or filter). */
export function agreementsOf(p: PreparedDataset, countryId: string): number[] {
  const out: number[] = [];
  p.dataset.agreements.forEach((a, i) => {
    if (a.parties.includes(countryId)) out.push(i);
  });
  return out;
}

function shownAmong(p: PreparedDataset, indices: readonly number[], day: number, filter: AgreementFilter) {
  return indices.filter((i) => isCounted(statusAt(p, i, day), filter.basis) && passesFilter(p, i, filter));
}

const allIndices = (p: PreparedDataset) => Array.from({ length: p.signedDay.length }, (_, i) => i);

export interface KindSample {
  day: number;
  iso: string;
  counts: KindCounts;
  total: number;
}

/** Agreements shown on each sample day, by kind; only those involving `countryId` when given. */
export function activeByKindSeries(
  p: PreparedDataset,
  filter: AgreementFilter,
  days: readonly number[],
  countryId: string | null = null,
): KindSample[] {
  const candidates = countryId ? agreementsOf(p, countryId) : allIndices(p);
  return days.map((day) => {
    const counts = emptyKindCounts();
    const shown = shownAmong(p, candidates, day, filter);
    for (const i of shown) counts[p.dataset.agreements[i]!.kind] += 1;
    return { day, iso: dayNumberToIso(day), counts, total: shown.length };
  });
}

export interface DegreeSample {
  day: number;
  iso: string;
  weightedDegree: number;
  /** Competition rank among countries with any shown agreement; null when the country has none. */
  rank: number | null;
  /** How many countries are ranked on that day. */
  ranked: number;
  /** The country's weighted degree over the sum of all countries' (0–1; 0 when nothing is shown). */
  share: number;
}

/** A country's weighted degree, rank and share of the network's total on each sample day. */
export function degreeSeries(
  p: PreparedDataset,
  filter: AgreementFilter,
  days: readonly number[],
  countryId: string,
): DegreeSample[] {
  const all = allIndices(p);
  return days.map((day) => {
    const { weightedDegree } = countryMetrics(p, shownAmong(p, all, day, filter));
    const ranks = degreeRanks(weightedDegree);
    let total = 0;
    for (const v of weightedDegree.values()) total += v;
    const own = weightedDegree.get(countryId) ?? 0;
    return {
      day,
      iso: dayNumberToIso(day),
      weightedDegree: own,
      rank: ranks.get(countryId) ?? null,
      ranked: ranks.size,
      share: total === 0 ? 0 : own / total,
    };
  });
}

export interface TopDegreeSeries {
  /** The top countries by weighted degree on the last sample day, highest first (ties by id). */
  countries: string[];
  samples: {
    day: number;
    iso: string;
    values: Record<string, number>;
    ranks: Record<string, number | null>;
  }[];
}

/** Weighted degree over time of the `top` countries that lead on the last sample day. */
export function topDegreeSeries(
  p: PreparedDataset,
  filter: AgreementFilter,
  days: readonly number[],
  top = 5,
): TopDegreeSeries {
  const all = allIndices(p);
  const perDay = days.map((day) => countryMetrics(p, shownAmong(p, all, day, filter)).weightedDegree);
  const last = perDay[perDay.length - 1] ?? new Map<string, number>();
  const countries = [...last.entries()]
    .filter(([, v]) => v > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, top)
    .map(([id]) => id);
  return {
    countries,
    samples: days.map((day, k) => {
      const wd = perDay[k]!;
      const ranks = degreeRanks(wd);
      return {
        day,
        iso: dayNumberToIso(day),
        values: Object.fromEntries(countries.map((c) => [c, wd.get(c) ?? 0])),
        ranks: Object.fromEntries(countries.map((c) => [c, ranks.get(c) ?? null])),
      };
    }),
  };
}

export interface NetworkSample {
  day: number;
  iso: string;
  /** Pairs of countries joined by at least one shown agreement (a multilateral joins all its parties). */
  ties: number;
  /** ties over the pairs possible among all the dataset's countries. */
  density: number;
  byKind: KindCounts;
  total: number;
}

/** Network density and shown agreements by kind on each sample day. */
export function networkSeries(
  p: PreparedDataset,
  filter: AgreementFilter,
  days: readonly number[],
): NetworkSample[] {
  const n = p.dataset.countries.length;
  const possible = (n * (n - 1)) / 2;
  const all = allIndices(p);
  return days.map((day) => {
    const shown = shownAmong(p, all, day, filter);
    const byKind = emptyKindCounts();
    const pairs = new Set<string>();
    for (const i of shown) {
      const a = p.dataset.agreements[i]!;
      byKind[a.kind] += 1;
      const parties = [...new Set(a.parties)].sort();
      for (let x = 0; x < parties.length; x++)
        for (let y = x + 1; y < parties.length; y++) pairs.add(`${parties[x]}|${parties[y]}`);
    }
    return {
      day,
      iso: dayNumberToIso(day),
      ties: pairs.size,
      density: possible === 0 ? 0 : pairs.size / possible,
      byKind,
      total: shown.length,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// The Quad split: the seed article's question is whether the Quad as a group is being outpaced by
// the bilateral and minilateral agreements its members make, among themselves and with others.

export const QUAD_CATEGORIES = ["quad-internal", "quad-external", "quad-group", "other"] as const;
export type QuadCategory = (typeof QUAD_CATEGORIES)[number];

export const QUAD_CATEGORY_LABEL: Record<QuadCategory, string> = {
  "quad-internal": "Among Quad members",
  "quad-external": "Quad member with non-member",
  "quad-group": "Quad as a group",
  other: "Among non-members only",
};

/** The dataset's Quad: the group with id QUAD, else one named "Quad". */
export function findQuadGroup(p: PreparedDataset): Group | null {
  return (
    p.groupById.get("QUAD") ?? p.dataset.groups.find((g) => g.name.trim().toLowerCase() === "quad") ?? null
  );
}

export function quadCategory(a: Agreement, quad: Group): QuadCategory {
  if (a.group === quad.id) return "quad-group";
  const members = a.parties.filter((id) => quad.members.includes(id)).length;
  if (members === 0) return "other";
  return members === a.parties.length ? "quad-internal" : "quad-external";
}

/**
 * The year the current run of Quad-group instruments began: the latest start of one on a day when
 * no other was in effect (2017 for the Quad's revival after its 2008 lapse). Null if there is none.
 * It ignores the kind filter, because it is a fact about the Quad, not about what is shown.
 */
export function quadRunStartYear(
  p: PreparedDataset,
  quad: Group,
  basis: AgreementFilter["basis"],
): number | null {
  const instruments = p.dataset.agreements.flatMap((a, i) => (a.group === quad.id ? [i] : []));
  let best: number | null = null;
  for (const i of instruments) {
    const start = countedFromDay(p, i, basis);
    if (start === Infinity) continue;
    const othersBefore = instruments.some((j) => j !== i && isCounted(statusAt(p, j, start - 1), basis));
    if (!othersBefore && (best === null || start > best)) best = start;
  }
  return best === null ? null : yearOf(best);
}
