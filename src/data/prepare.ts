/**
 * A dataset prepared once for fast questions: day numbers per agreement in typed arrays, lookups by
 * id, and the sorted list of days on which anything changes. Every derivation takes a
 * PreparedDataset so nothing re-parses dates on a timeline step.
 */
import { latestDayNumber } from "./dates";
import { KIND_INFO, type AgreementKind } from "./kinds";
import type { Agreement, Country, Dataset, Group, LatticeEvent } from "./schema";

export type Basis = "signed" | "in-force";
export type AgreementStatus = "not-yet" | "pending" | "active" | "ended";

export interface PreparedDataset {
  dataset: Dataset;
  countryById: Map<string, Country>;
  groupById: Map<string, Group>;
  agreementById: Map<string, Agreement>;
  agreementIndexById: Map<string, number>;
  /** Per agreement (same order as dataset.agreements). Infinity when the date is absent. */
  signedDay: Float64Array;
  inForceDay: Float64Array;
  endedDay: Float64Array;
  depth: Uint8Array;
  /**
   * The parties of agreement i are partyIds[partyIndex[k]] for k in partyStart[i] … partyStart[i+1]:
   * per-date sums (weighted degree) add into a typed array instead of a Map keyed by strings.
   */
  partyStart: Int32Array;
  partyIndex: Int32Array;
  partyIds: string[];
  startDay: number;
  endDay: number;
  /** Sorted, unique days within the timeline on which an agreement starts, ends or an event happens. */
  changeDays: number[];
  eventDays: number[];
  events: LatticeEvent[];
}

export function depthOf(agreement: Agreement): number {
  return agreement.depth ?? KIND_INFO[agreement.kind as AgreementKind].defaultDepth;
}

const cache = new WeakMap<Dataset, PreparedDataset>();

export function prepareDataset(dataset: Dataset): PreparedDataset {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const n = dataset.agreements.length;
  const signedDay = new Float64Array(n);
  const inForceDay = new Float64Array(n);
  const endedDay = new Float64Array(n);
  const depth = new Uint8Array(n);
  const agreementById = new Map<string, Agreement>();
  const agreementIndexById = new Map<string, number>();
  const startDay = latestDayNumber(dataset.timeline.start);
  const endDay = latestDayNumber(dataset.timeline.end);
  const days = new Set<number>();
  const partyStart = new Int32Array(n + 1);
  const partyIndex: number[] = [];
  const partyIds: string[] = dataset.countries.map((c) => c.id);
  const partyNumber = new Map(partyIds.map((id, k) => [id, k]));
  const inWindow = (d: number) => d >= startDay && d <= endDay;

  dataset.agreements.forEach((a, i) => {
    agreementById.set(a.id, a);
    agreementIndexById.set(a.id, i);
    signedDay[i] = latestDayNumber(a.signed);
    inForceDay[i] = a.inForce ? latestDayNumber(a.inForce) : Infinity;
    endedDay[i] = a.ended ? latestDayNumber(a.ended) : Infinity;
    depth[i] = depthOf(a);
    for (const party of a.parties) {
      let k = partyNumber.get(party);
      if (k === undefined) partyNumber.set(party, (k = partyIds.push(party) - 1));
      partyIndex.push(k);
    }
    partyStart[i + 1] = partyIndex.length;
    for (const d of [signedDay[i]!, inForceDay[i]!, endedDay[i]!]) if (inWindow(d)) days.add(d);
  });
  const events = [...dataset.events].sort((a, b) => latestDayNumber(a.date) - latestDayNumber(b.date));
  const eventDays = [...new Set(events.map((e) => latestDayNumber(e.date)).filter(inWindow))].sort(
    (a, b) => a - b,
  );
  for (const d of eventDays) days.add(d);

  const prepared: PreparedDataset = {
    dataset,
    countryById: new Map(dataset.countries.map((c) => [c.id, c])),
    groupById: new Map(dataset.groups.map((g) => [g.id, g])),
    agreementById,
    agreementIndexById,
    signedDay,
    inForceDay,
    endedDay,
    depth,
    partyStart,
    partyIndex: Int32Array.from(partyIndex),
    partyIds,
    startDay,
    endDay,
    changeDays: [...days].sort((a, b) => a - b),
    eventDays,
    events,
  };
  cache.set(dataset, prepared);
  return prepared;
}
