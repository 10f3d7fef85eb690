/**
 * The CSV of the agreements in view: exactly the table's rows (in its default order, by signature)
 * and columns, with "Change" when comparing. papaparse writes RFC 4180 (CRLF, quotes doubled, fields
 * with commas, quotes or line breaks quoted). Dataset text is untrusted, so cells that a spreadsheet
 * would run as a formula (=, +, -, @ first) are prefixed with ' (escapeFormulae).
 */
import Papa from "papaparse";
import { COLUMNS, sortRows, tableRows } from "../../data/table-rows";
import type { ViewModel } from "../../data/view-model";

export function tableCsv(vm: ViewModel): string {
  const rows = sortRows(tableRows(vm), "signed", "ascending");
  const columns = vm.comparison ? [...COLUMNS, { key: "change" as const, label: "Change" }] : COLUMNS;
  return Papa.unparse(
    {
      fields: columns.map((c) => c.label),
      data: rows.map((row) => columns.map((c) => String(row[c.key] ?? ""))),
    },
    { newline: "\r\n", escapeFormulae: true },
  );
}

/** A UTF-8 byte order mark first, so that Excel reads "–" and accents correctly. */
export const CSV_BOM = "\uFEFF";
