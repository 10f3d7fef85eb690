/**
 * CSV cells for spreadsheets, safe and reversible. Dataset text is untrusted: a cell that starts with
 * = + - @, a tab or a carriage return is run as a formula by Excel, LibreOffice or Sheets, so it is
 * written with a ' first (OWASP, "CSV Injection"), whatever follows, line breaks included (papaparse's
 * escapeFormulae misses "=1+1\nsecond line"). A cell that already starts with ' and then such a
 * character gets one more, so the importer can take exactly one ' off and get the text back.
 */
const GUARDED = /^'*[=+\-@\t\r]/;

export function guardCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** The text a guarded cell stood for: one leading ' removed where guardCell added it. */
export function unguardCell(value: string): string {
  return value.startsWith("'") && GUARDED.test(value) ? value.slice(1) : value;
}

/** One RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An RFC 4180 table (CRLF line ends), every cell guarded. */
export function csvTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => field(guardCell(c))).join(",");
  return [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}

/** A UTF-8 byte order mark first, so that Excel reads "–" and accents correctly. */
export const CSV_BOM = "\uFEFF";

/** How lists sit in one cell: parties and names with ";", source links with spaces. */
export const LIST_SEPARATOR = ";";
