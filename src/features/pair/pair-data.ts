/**
 * One relationship over time (`pair=AUS~JPN`): every agreement and event the two share, dated; their
 * combined depth on each day it changes; and where the pair ranks among all pairs on the shown date.
 * Pure, from the prepared dataset and the view's filter, so it agrees with the graph.
 */
import { countedFromDay, isCounted, passesFilter, statusAt, type AgreementFilter } from "../../data/active";
import { dayNumberToIso, latestDayNumber } from "../../data/dates";
import { isReplaced } from "../../data/lifecycle";
import type { PreparedDataset } from "../../data/prepare";
import type { Agreement, LatticeEvent } from "../../data/schema";

const both = (parties: readonly string[], a: string, b: string) => parties.includes(a) && parties.includes(b);

/** Indices of every agreement with both countries as parties, by signature date. */
export function pairAgreements(p: PreparedDataset, a: string, b: string): number[] {
  const out: number[] = [];
  p.dataset.agreements.forEach((x, i) => {
    if (both(x.parties, a, b)) out.push(i);
  });
  return out.sort((x, y) => p.signedDay[x]! - p.signedDay[y]! || x - y);
}

export function pairEvents(p: PreparedDataset, a: string, b: string): LatticeEvent[] {
  return p.events.filter((e) => both(e.parties, a, b));
}

export type StripMark = "signed" | "in force" | "ended" | "replaced" | "event";

export interface StripItem {
  day: number;
  /** The date as recorded (its precision kept). */
  date: string;
  mark: StripMark;
  title: string;
  /** The agreement's id, for a link to its panel; null for an event. */
  agreementId: string | null;
}

/** The dated strip: each agreement's signature, entry into force and end, and each shared event. */
export function pairStrip(p: PreparedDataset, a: string, b: string): StripItem[] {
  const items: StripItem[] = [];
  const add = (date: string, mark: StripMark, x: Agreement | LatticeEvent, agreementId: string | null) =>
    items.push({ day: latestDayNumber(date), date, mark, title: x.title, agreementId });
  for (const i of pairAgreements(p, a, b)) {
    const x = p.dataset.agreements[i]!;
    add(x.signed, "signed", x, x.id);
    if (x.inForce && x.inForce !== x.signed) add(x.inForce, "in force", x, x.id);
    if (x.ended) add(x.ended, isReplaced(x) ? "replaced" : "ended", x, x.id);
  }
  for (const e of pairEvents(p, a, b)) add(e.date, "event", e, null);
  return items.sort((x, y) => x.day - y.day);
}

export interface DepthStep {
  day: number;
  iso: string;
  /** Sum of the depths of the pair's agreements shown on the day. */
  depth: number;
  /** How many of them are shown. */
  agreements: number;
}

/**
 * Combined depth on the timeline's first day and on every day within it when one of the pair's
 * agreements starts counting or ends, and on the last day: the corners of a step chart.
 */
export function pairDepthSteps(
  p: PreparedDataset,
  a: string,
  b: string,
  filter: AgreementFilter,
): DepthStep[] {
  const mine = pairAgreements(p, a, b).filter((i) => passesFilter(p, i, filter));
  const days = new Set<number>([p.startDay, p.endDay]);
  for (const i of mine)
    for (const d of [countedFromDay(p, i, filter.basis), p.endedDay[i]!])
      if (d > p.startDay && d < p.endDay) days.add(d);
  return [...days]
    .sort((x, y) => x - y)
    .map((day) => {
      const on = mine.filter((i) => isCounted(statusAt(p, i, day), filter.basis));
      return {
        day,
        iso: dayNumberToIso(day),
        depth: on.reduce((s, i) => s + p.depth[i]!, 0),
        agreements: on.length,
      };
    });
}

export interface PairRank {
  /** Competition rank by combined depth (1 = deepest); null when the pair has nothing shown. */
  rank: number | null;
  /** Pairs with anything shown on the day. */
  of: number;
  depth: number;
}

/** The pair's rank by combined depth among all pairs joined by the agreements shown. */
export function pairRank(p: PreparedDataset, shown: readonly number[], a: string, b: string): PairRank {
  const totals = new Map<string, number>();
  for (const i of shown) {
    const parties = [...new Set(p.dataset.agreements[i]!.parties)].sort();
    for (let x = 0; x < parties.length; x++)
      for (let y = x + 1; y < parties.length; y++) {
        const key = `${parties[x]}~${parties[y]}`;
        totals.set(key, (totals.get(key) ?? 0) + p.depth[i]!);
      }
  }
  const own = totals.get([a, b].sort().join("~")) ?? 0;
  if (own === 0) return { rank: null, of: totals.size, depth: 0 };
  let deeper = 0;
  for (const v of totals.values()) if (v > own) deeper += 1;
  return { rank: deeper + 1, of: totals.size, depth: own };
}
