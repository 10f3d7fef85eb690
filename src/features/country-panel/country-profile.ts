/**
 * What the country panel says about one country on the current date and filters: headline numbers,
 * memberships, partners deepest tie first, its agreements with their status, and its events.
 */
import { isCounted, passesFilter, statusAt } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { AGREEMENT_KINDS, type AgreementKind } from "../../data/kinds";
import type { AgreementStatus } from "../../data/prepare";
import type { Country, Group, LatticeEvent } from "../../data/schema";
import { agreementsOf } from "../../data/series";
import type { ViewModel } from "../../data/view-model";

export interface PartnerRow {
  id: string;
  name: string;
  /** Depth of the deepest shown agreement with this partner. */
  depth: number;
  /** Kind of that deepest agreement (ties: the kind listed first in AGREEMENT_KINDS). */
  kind: AgreementKind;
  /** Shown agreements with this partner (a multilateral counts for each of its other parties). */
  count: number;
  /** Signature date (as recorded) of the earliest of them. */
  firstSigned: string;
}

export interface CountryAgreementRow {
  index: number;
  status: AgreementStatus;
}

/**
 * Groups have no dates of their own, so a membership is dated by the group's agreements: active
 * when one of them counts on the date, lapsed when all that started have ended (the Quad 2008–2017),
 * not yet when none has started; undated when the group has no agreement in the dataset.
 */
export interface MembershipRow {
  group: Group;
  state: "active" | "lapsed" | "not-yet" | "undated";
  /** Signature date (as recorded) of the group's first agreement, if any. */
  from: string | null;
}

export interface CountryEventRow {
  event: LatticeEvent;
  /** After the current date. */
  future: boolean;
}

export interface CountryProfile {
  country: Country;
  activeCount: number;
  partnerCount: number;
  weightedDegree: number;
  rank: number | null;
  rankedCount: number;
  memberships: MembershipRow[];
  partners: PartnerRow[];
  /** Agreements involving the country that pass the kind/depth filter, by signature date. */
  agreements: CountryAgreementRow[];
  /** Agreements involving the country that the kind/depth filter hides. */
  hiddenByFilter: number;
  events: CountryEventRow[];
}

const kindOrder = (k: AgreementKind) => AGREEMENT_KINDS.indexOf(k);

export function countryProfile(vm: ViewModel, countryId: string): CountryProfile | null {
  const p = vm.prepared;
  const country = p.countryById.get(countryId);
  if (!country) return null;
  const { agreements } = p.dataset;

  const partners = new Map<string, PartnerRow & { firstDay: number }>();
  let activeCount = 0;
  for (const i of vm.shown) {
    const a = agreements[i]!;
    if (!a.parties.includes(countryId)) continue;
    activeCount += 1;
    const depth = p.depth[i]!;
    for (const other of new Set(a.parties)) {
      if (other === countryId) continue;
      const row = partners.get(other);
      if (!row) {
        const name = p.countryById.get(other)?.name ?? other;
        const firstDay = p.signedDay[i]!;
        partners.set(other, {
          id: other,
          name,
          depth,
          kind: a.kind,
          count: 1,
          firstSigned: a.signed,
          firstDay,
        });
        continue;
      }
      row.count += 1;
      if (depth > row.depth || (depth === row.depth && kindOrder(a.kind) < kindOrder(row.kind))) {
        row.depth = depth;
        row.kind = a.kind;
      }
      if (p.signedDay[i]! < row.firstDay) {
        row.firstDay = p.signedDay[i]!;
        row.firstSigned = a.signed;
      }
    }
  }
  const partnerRows = [...partners.values()]
    .sort(
      (x, y) =>
        y.depth - x.depth || y.count - x.count || x.firstDay - y.firstDay || x.name.localeCompare(y.name),
    )
    .map(({ firstDay: _firstDay, ...row }) => row);

  const involved = agreementsOf(p, countryId);
  const passing = involved
    .filter((i) => passesFilter(p, i, vm.filter))
    .sort(
      (x, y) => p.signedDay[x]! - p.signedDay[y]! || agreements[x]!.title.localeCompare(agreements[y]!.title),
    );

  return {
    country,
    activeCount,
    partnerCount: partnerRows.length,
    weightedDegree: vm.metrics.weightedDegree.get(countryId) ?? 0,
    rank: vm.ranks.get(countryId) ?? null,
    rankedCount: vm.ranks.size,
    memberships: p.dataset.groups
      .filter((g) => g.members.includes(countryId))
      .map((group) => membershipAt(vm, group)),
    partners: partnerRows,
    agreements: passing.map((index) => ({ index, status: statusAt(p, index, vm.day) })),
    hiddenByFilter: involved.length - passing.length,
    events: p.events
      .filter((e) => e.parties.includes(countryId))
      .map((event) => ({ event, future: latestDayNumber(event.date) > vm.day })),
  };
}

function membershipAt(vm: ViewModel, group: Group): MembershipRow {
  const p = vm.prepared;
  const instruments = p.dataset.agreements.flatMap((a, i) => (a.group === group.id ? [i] : []));
  if (instruments.length === 0) return { group, state: "undated", from: null };
  const first = instruments.reduce((x, y) => (p.signedDay[y]! < p.signedDay[x]! ? y : x));
  const from = p.dataset.agreements[first]!.signed;
  const statuses = instruments.map((i) => statusAt(p, i, vm.day));
  if (statuses.some((st) => isCounted(st, vm.filter.basis))) return { group, state: "active", from };
  return { group, state: statuses.includes("ended") ? "lapsed" : "not-yet", from };
}
