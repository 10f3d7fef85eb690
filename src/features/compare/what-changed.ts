/**
 * What changed between the compare date A and the shown date B, country by country: partners gained,
 * agreements gained, ended and replaced, and weighted degree gained. The agreement sets are the view
 * model's comparison (the same as the table's Change column), so the totals agree with it.
 */
import { shownAgreementsAt } from "../../data/active";
import { csvTable } from "../../data/csv-cells";
import { countryMetrics } from "../../data/metrics";
import type { ViewModel } from "../../data/view-model";

export interface CountryChange {
  id: string;
  name: string;
  /** Partners on B that were not partners on A, by name. */
  newPartners: string[];
  gained: number;
  ended: number;
  replaced: number;
  /** Weighted degree on A and on B, and the difference. */
  depthBefore: number;
  depthAfter: number;
  depthGained: number;
}

const countByParty = (vm: ViewModel, indices: readonly number[]) => {
  const out = new Map<string, number>();
  for (const i of indices)
    for (const id of new Set(vm.prepared.dataset.agreements[i]!.parties)) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
};

/** Every country with any change, most changed first (agreements gained, ended or replaced; then depth). */
export function whatChanged(vm: ViewModel): CountryChange[] {
  const c = vm.comparison;
  if (!c) return [];
  const p = vm.prepared;
  const before = countryMetrics(p, shownAgreementsAt(p, c.fromDay, vm.filter));
  const after = vm.metrics;
  const gained = countByParty(vm, c.added);
  const ended = countByParty(vm, c.ended);
  const replaced = countByParty(vm, c.replaced);
  const ids = new Set([...before.weightedDegree.keys(), ...after.weightedDegree.keys()]);
  const name = (id: string) => p.countryById.get(id)?.name ?? id;
  const rows: CountryChange[] = [];
  for (const id of ids) {
    const had = before.partners.get(id) ?? new Set<string>();
    const newPartners = [...(after.partners.get(id) ?? [])]
      .filter((x) => !had.has(x))
      .map(name)
      .sort((a, b) => a.localeCompare(b));
    const row = {
      id,
      name: name(id),
      newPartners,
      gained: gained.get(id) ?? 0,
      ended: ended.get(id) ?? 0,
      replaced: replaced.get(id) ?? 0,
      depthBefore: before.weightedDegree.get(id) ?? 0,
      depthAfter: after.weightedDegree.get(id) ?? 0,
      depthGained: 0,
    };
    row.depthGained = row.depthAfter - row.depthBefore;
    if (row.gained || row.ended || row.replaced || row.depthGained || newPartners.length) rows.push(row);
  }
  const moved = (r: CountryChange) => r.gained + r.ended + r.replaced;
  return rows.sort(
    (a, b) =>
      moved(b) - moved(a) ||
      Math.abs(b.depthGained) - Math.abs(a.depthGained) ||
      a.name.localeCompare(b.name),
  );
}

export const CHANGE_HEADER = [
  "country",
  "code",
  "new_partners",
  "agreements_gained",
  "ended",
  "replaced",
  "weighted_degree_on_a",
  "weighted_degree_on_b",
] as const;

/**
 * The changes as CSV, every cell guarded against formula injection (csv-cells.ts). Depth is given on
 * both dates rather than as a signed difference: a guarded "-2" would reach a spreadsheet as text.
 */

export function changesCsv(rows: readonly CountryChange[]): string {
  return csvTable(
    CHANGE_HEADER,
    rows.map((r) => [
      r.name,
      r.id,
      r.newPartners.join("; "),
      String(r.gained),
      String(r.ended),
      String(r.replaced),
      String(r.depthBefore),
      String(r.depthAfter),
    ]),
  );
}
