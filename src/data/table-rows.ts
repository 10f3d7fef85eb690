/**
 * The rows of the agreements table, as plain values: the table renders them and the CSV export
 * writes exactly the same rows and columns.
 */
import { statusAt } from "./active";
import { formatDate } from "./dates";
import { KIND_INFO } from "./kinds";
import { goneSince, type ViewModel } from "./view-model";

export type ChangeLabel = "new" | "ended" | "replaced" | "unchanged";

export interface TableRow {
  index: number;
  id: string;
  title: string;
  kind: string;
  kindLabel: string;
  parties: string;
  signed: string;
  inForce: string;
  /** Sort keys for dates (day numbers; Infinity when absent). */
  signedDay: number;
  inForceDay: number;
  depth: number;
  status: string;
  change: ChangeLabel | null;
}

export const COLUMNS = [
  { key: "title", label: "Agreement" },
  { key: "kindLabel", label: "Kind" },
  { key: "parties", label: "Parties" },
  { key: "signed", label: "Signed" },
  { key: "inForce", label: "In force" },
  { key: "depth", label: "Depth" },
  { key: "status", label: "Status" },
] as const;

export type ColumnKey = (typeof COLUMNS)[number]["key"] | "change";

export function tableRows(vm: ViewModel): TableRow[] {
  const p = vm.prepared;
  const added = new Set(vm.comparison?.added ?? []);
  const replaced = new Set(vm.comparison?.replaced ?? []);
  const indices = vm.comparison ? [...vm.shown, ...goneSince(vm.comparison)] : vm.shown;
  return indices.map((i) => {
    const a = p.dataset.agreements[i]!;
    const status = statusAt(p, i, vm.day);
    const change: ChangeLabel | null = !vm.comparison
      ? null
      : added.has(i)
        ? "new"
        : vm.shownMask[i]
          ? "unchanged"
          : replaced.has(i)
            ? "replaced"
            : "ended";
    return {
      index: i,
      id: a.id,
      title: a.title,
      kind: a.kind,
      kindLabel: KIND_INFO[a.kind].label,
      parties: a.parties.map((id) => p.countryById.get(id)?.name ?? id).join(", "),
      signed: formatDate(a.signed),
      inForce: formatDate(a.inForce),
      signedDay: p.signedDay[i]!,
      inForceDay: p.inForceDay[i]!,
      depth: p.depth[i]!,
      status: status === "pending" ? "pending" : status === "active" ? "active" : status,
      change,
    };
  });
}

export type SortDirection = "ascending" | "descending";

export function sortRows(rows: TableRow[], key: ColumnKey, direction: SortDirection): TableRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const value = (r: TableRow): string | number =>
    key === "signed"
      ? r.signedDay
      : key === "inForce"
        ? r.inForceDay
        : key === "change"
          ? (r.change ?? "")
          : r[key];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    const cmp =
      typeof va === "number" && typeof vb === "number" ? va - vb : String(va).localeCompare(String(vb));
    return cmp !== 0 ? sign * cmp : a.signedDay - b.signedDay;
  });
}
