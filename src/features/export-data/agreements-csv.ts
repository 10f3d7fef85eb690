/**
 * The analysis-ready CSVs: one row per agreement in view (or per event), ISO 8601 dates with their
 * precision (2013-03-04, 2013-03, 2013), blank for missing, ids and ISO codes, so Excel, R or pandas
 * read them without cleaning. "Open dataset…" reads the agreements CSV back (csv-import.ts): the same
 * agreements, and the same CSV again when exported.
 */
import { csvTable, LIST_SEPARATOR } from "../../data/csv-cells";
import { endReasonOf } from "../../data/lifecycle";
import type { PreparedDataset } from "../../data/prepare";
import type { Source } from "../../data/schema";
import { sortRows, tableRows } from "../../data/table-rows";
import type { ViewModel } from "../../data/view-model";

export const AGREEMENT_CSV_COLUMNS = [
  "id",
  "title",
  "kind",
  "depth",
  "parties",
  "party_names",
  "group",
  "signed",
  "in_force",
  "ended",
  "end_reason",
  "superseded_by",
  "status_on_date",
] as const;

const sourceUrls = (sources: readonly Source[]) => sources.map((s) => s.url).join(" ");
const partyNames = (p: PreparedDataset, parties: readonly string[]) =>
  parties.map((id) => p.countryById.get(id)?.name ?? id).join(LIST_SEPARATOR);

/** The agreements in view (and, when comparing, those gone since), by signature, with `change`. */
export function agreementsCsv(vm: ViewModel): string {
  const p = vm.prepared;
  const comparing = vm.comparison !== null;
  const header = [...AGREEMENT_CSV_COLUMNS, ...(comparing ? ["change"] : []), "source_urls"];
  const rows = sortRows(tableRows(vm), "signed", "ascending").map((row) => {
    const a = p.dataset.agreements[row.index]!;
    return [
      a.id,
      a.title,
      a.kind,
      String(row.depth),
      a.parties.join(LIST_SEPARATOR),
      partyNames(p, a.parties),
      a.group ?? "",
      a.signed,
      a.inForce ?? "",
      a.ended ?? "",
      endReasonOf(a) ?? "",
      a.supersededBy ?? "",
      row.status,
      ...(comparing ? [row.change ?? ""] : []),
      sourceUrls(a.sources),
    ];
  });
  return csvTable(header, rows);
}

export const EVENT_CSV_COLUMNS = [
  "id",
  "title",
  "kind",
  "date",
  "parties",
  "party_names",
  "group",
  "source_urls",
] as const;

/** Every event of the dataset, by date: the timeline's marks as a table. */
export function eventsCsv(p: PreparedDataset): string {
  const events = [...p.dataset.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rows = events.map((e) => [
    e.id,
    e.title,
    e.kind,
    e.date,
    e.parties.join(LIST_SEPARATOR),
    partyNames(p, e.parties),
    e.group ?? "",
    sourceUrls(e.sources),
  ]);
  return csvTable(EVENT_CSV_COLUMNS, rows);
}
