/**
 * What is in effect on a date. Semantics (docs/methodology.md): an agreement is counted on day d when
 * its start — signature, or entry into force, by the user's basis — is on or before d and it has not
 * ended. Signed but not yet in force is "pending": counted under the signature basis (drawn dashed),
 * not under the in-force basis. An agreement with no recorded entry-into-force date is taken to be in
 * effect from signature.
 */
import type { AgreementKind } from "./kinds";
import type { AgreementStatus, Basis, PreparedDataset } from "./prepare";

export interface AgreementFilter {
  basis: Basis;
  /** Kinds shown; null = all. */
  kinds: ReadonlySet<AgreementKind> | null;
  minDepth: number;
}

export const NO_FILTER: AgreementFilter = { basis: "signed", kinds: null, minDepth: 1 };

export function statusAt(p: PreparedDataset, index: number, day: number): AgreementStatus {
  if (day < p.signedDay[index]!) return "not-yet";
  if (day >= p.endedDay[index]!) return "ended";
  const inForce = p.inForceDay[index]!;
  if (inForce !== Infinity && day < inForce) return "pending";
  return "active";
}

export function isCounted(status: AgreementStatus, basis: Basis): boolean {
  return status === "active" || (status === "pending" && basis === "signed");
}

export function passesFilter(p: PreparedDataset, index: number, filter: AgreementFilter): boolean {
  const a = p.dataset.agreements[index]!;
  return (filter.kinds === null || filter.kinds.has(a.kind)) && p.depth[index]! >= filter.minDepth;
}

/** Indices of the agreements shown on `day` under `filter`, in dataset order. */
export function shownAgreementsAt(p: PreparedDataset, day: number, filter: AgreementFilter): number[] {
  const out: number[] = [];
  const n = p.signedDay.length;
  for (let i = 0; i < n; i++) {
    if (isCounted(statusAt(p, i, day), filter.basis) && passesFilter(p, i, filter)) out.push(i);
  }
  return out;
}

/** The first day on which the agreement counts under the basis (Infinity if never). */
export function countedFromDay(p: PreparedDataset, index: number, basis: Basis): number {
  if (basis === "signed") return p.signedDay[index]!;
  const inForce = p.inForceDay[index]!;
  return inForce === Infinity ? p.signedDay[index]! : inForce;
}
