/**
 * The numbers behind the seed article's question, "is the Quad being outpaced by the web of pacts
 * around it?": who each agreement joins (among Quad members, a member with a non-member, non-members
 * only, or the Quad as a group), per year and in effect over time, under the analyst's sensitivity
 * settings. Pure: every value is what active.ts says on a day, so the charts agree with the graph.
 */
import { countedFromDay, isCounted, passesFilter, statusAt, type AgreementFilter } from "../../data/active";
import { dayNumberToIso, latestDayNumber, yearOf } from "../../data/dates";
import type { AgreementKind } from "../../data/kinds";
import type { PreparedDataset } from "../../data/prepare";
import { QUAD_CATEGORIES, quadCategory, type QuadCategory } from "../../data/series";
import type { Group } from "../../data/schema";
import type { Measure } from "../../state/view-state";

/** The sensitivity settings: what is counted, and from which date. */
export interface ThesisSettings {
  measure: Measure;
  /** False: declarations and dialogues (commitments without operational content) are left out. */
  declarations: boolean;
  basis: AgreementFilter["basis"];
}

/** Kinds that the "exclude declarations and dialogues" setting leaves out. */
export const SOFT_KINDS: readonly AgreementKind[] = ["declaration", "dialogue"];

export type CategoryValues = Record<QuadCategory, number>;

const zero = (): CategoryValues => ({ "quad-internal": 0, "quad-external": 0, "quad-group": 0, other: 0 });

/** What an agreement adds under the settings: 1, its depth, or 0 when the settings leave it out. */
export function weightOf(
  p: PreparedDataset,
  index: number,
  filter: AgreementFilter,
  settings: Pick<ThesisSettings, "measure" | "declarations">,
): number {
  if (!passesFilter(p, index, filter)) return 0;
  if (!settings.declarations && SOFT_KINDS.includes(p.dataset.agreements[index]!.kind)) return 0;
  return settings.measure === "depth" ? p.depth[index]! : 1;
}

/** The filter with the thesis basis: the kind and depth filters of the view, the basis of the settings. */
const withBasis = (filter: AgreementFilter, settings: ThesisSettings): AgreementFilter => ({
  ...filter,
  basis: settings.basis,
});

/** Sum of weights of the agreements in effect on `day`, by category. */
export function activeValuesAt(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  settings: ThesisSettings,
  day: number,
): CategoryValues {
  const out = zero();
  const f = withBasis(filter, settings);
  p.dataset.agreements.forEach((a, i) => {
    if (!isCounted(statusAt(p, i, day), f.basis)) return;
    out[quadCategory(a, quad)] += weightOf(p, i, f, settings);
  });
  return out;
}

export interface ThesisYear {
  year: number;
  /** Agreements starting that year (by the basis), weighted by the measure. */
  added: CategoryValues;
  /** Quad meetings that year: events of the Quad group. */
  meetings: number;
}

/** New agreements per calendar year of the timeline, by category, and the Quad's meetings. */
export function thesisPerYear(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  settings: ThesisSettings,
): ThesisYear[] {
  const first = yearOf(p.startDay);
  const rows: ThesisYear[] = [];
  for (let year = first; year <= yearOf(p.endDay); year++) rows.push({ year, added: zero(), meetings: 0 });
  const f = withBasis(filter, settings);
  p.dataset.agreements.forEach((a, i) => {
    const start = countedFromDay(p, i, f.basis);
    const row = start === Infinity ? undefined : rows[yearOf(start) - first];
    if (row) row.added[quadCategory(a, quad)] += weightOf(p, i, f, settings);
  });
  for (const e of p.events) {
    if (e.group !== quad.id) continue;
    const row = rows[yearOf(latestDayNumber(e.date)) - first];
    if (row) row.meetings += 1;
  }
  return rows;
}

export interface ThesisSample {
  day: number;
  iso: string;
  /** In effect on the day, weighted by the measure; ended and replaced agreements have left. */
  active: CategoryValues;
}

/** Agreements in effect on each sample day, by category. */
export function thesisActiveSeries(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  settings: ThesisSettings,
  days: readonly number[],
): ThesisSample[] {
  return days.map((day) => ({
    day,
    iso: dayNumberToIso(day),
    active: activeValuesAt(p, quad, filter, settings, day),
  }));
}

/** The categories whose ties do not run through the Quad as a group. */
export const WEB_CATEGORIES: readonly QuadCategory[] = QUAD_CATEGORIES.filter((c) => c !== "quad-group");

export const webTotal = (v: CategoryValues) => WEB_CATEGORIES.reduce((s, c) => s + v[c], 0);

export interface QuadTieSample {
  day: number;
  iso: string;
  /** Pair-links among the Quad's members through agreements that are not the Quad group's. */
  memberLinksOutside: number;
  /** Pair-links among the Quad's members through Quad-group instruments. */
  memberLinksGroup: number;
  /** memberLinksOutside over all member pair-links (null when there are none). */
  outsideShare: number | null;
  /** Tied country pairs with at least one Quad member, over all tied pairs (null when none). */
  quadShareOfTies: number | null;
}

/**
 * Two network measures of the thesis on each sample day: among the Quad four, the share of their
 * pairwise links (one per agreement and pair of members) that run outside the Quad group; and the
 * Quad members' share of all tied pairs of countries, which falls as the web beyond them grows.
 */
export function quadTieSeries(
  p: PreparedDataset,
  quad: Group,
  filter: AgreementFilter,
  days: readonly number[],
): QuadTieSample[] {
  const members = new Set(quad.members);
  return days.map((day) => {
    let outside = 0;
    let group = 0;
    const pairs = new Set<string>();
    let quadPairs = 0;
    p.dataset.agreements.forEach((a, i) => {
      if (!isCounted(statusAt(p, i, day), filter.basis) || !passesFilter(p, i, filter)) return;
      const parties = [...new Set(a.parties)].sort();
      const inQuad = parties.filter((id) => members.has(id)).length;
      const links = (inQuad * (inQuad - 1)) / 2;
      if (a.group === quad.id) group += links;
      else outside += links;
      for (let x = 0; x < parties.length; x++)
        for (let y = x + 1; y < parties.length; y++) {
          const key = `${parties[x]}|${parties[y]}`;
          if (pairs.has(key)) continue;
          pairs.add(key);
          if (members.has(parties[x]!) || members.has(parties[y]!)) quadPairs += 1;
        }
    });
    const links = outside + group;
    return {
      day,
      iso: dayNumberToIso(day),
      memberLinksOutside: outside,
      memberLinksGroup: group,
      outsideShare: links === 0 ? null : outside / links,
      quadShareOfTies: pairs.size === 0 ? null : quadPairs / pairs.size,
    };
  });
}
