/**
 * CSV import: one agreement per row, turned into a full Lattice dataset that then goes through the
 * one validator (validateDataset) like any JSON file. Parsing is papaparse's (quotes, CRLF, BOM);
 * every problem names the CSV line it is on, counted as an editor counts them (the header is line 1,
 * and a quoted value that spans lines moves the following rows down).
 *
 * Columns (header names are matched case-insensitively, ignoring "_" and spaces):
 *   title, kind, parties, signed, and source_url or source_urls  — required
 *   id, inForce, ended, depth, summary, source_title, group, end_reason, superseded_by,
 *   party_names — optional; status_on_date and change (written by the export) are ignored
 * `parties` holds country codes separated by ";" (ISO alpha-3 such as JPN; alpha-2 or English names
 * are accepted and converted). Country names come from `party_names` when given, else from
 * csv-countries.ts, as do regions. Lattice's own analysis CSV (features/export-data/agreements-csv.ts) reads back as the
 * same agreements: its cells guarded against formulas lose their leading ' again (csv-cells.ts).
 */
import Papa from "papaparse";
import { countryName, hasListedRegion, regionOf, resolveCountry } from "./csv-countries";
import { dayNumberToIso, latestDayNumber, parsePartialDate } from "./dates";
import { AGREEMENT_KINDS, KIND_INFO } from "./kinds";
import { SCHEMA_VERSION, type Dataset } from "./schema";
import { unguardCell } from "./csv-cells";
import { slugify } from "./slug";
import { upperBound } from "./sorted";
import { validateDataset, type Problem } from "./validate";

export const CSV_COLUMNS = [
  "id",
  "title",
  "kind",
  "depth",
  "parties",
  "party_names",
  "group",
  "signed",
  "inForce",
  "ended",
  "endReason",
  "supersededBy",
  "summary",
  "source_url",
  "source_title",
  "source_urls",
  "status_on_date",
  "change",
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const REQUIRED: readonly Column[] = ["title", "kind", "parties", "signed"];
/** An agreement needs a summary; a CSV without one (such as Lattice's export) gets this. */
export const NO_SUMMARY = "No summary given (imported from CSV).";
const MAX_PROBLEMS = 200;

export type CsvImportResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

export interface CsvImportOptions {
  /** The file's name: the dataset's title is made from it. */
  fileName: string;
  /** Today as YYYY-MM-DD, for the dataset's `updated` field (a parameter, so tests are stable). */
  today: string;
}

/** Header text → column: "Source URL", "source_url" and "sourceUrl" all name source_url. */
const normaliseHeader = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");
const COLUMN_BY_KEY = new Map<string, Column>(CSV_COLUMNS.map((c) => [normaliseHeader(c), c]));

/** Offsets where each line starts, to turn a character offset into a 1-based line number. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */ || (ch === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/** 1-based: the number of line starts at or before `offset` (starts[0] is 0). */
function lineAt(starts: number[], offset: number): number {
  return upperBound(starts, offset);
}

/** Room for a title's slug in an id: the schema allows 80 characters, and a "-123" suffix may follow. */
const ID_SLUG_LENGTH = 70;

/**
 * Ids for the titles, in order: kebab-case and unique ("quad", "quad-2", …); "agreement" for a title
 * without latin letters or digits.
 */
export function idsFromTitles(titles: string[], taken: ReadonlySet<string> = new Set()): string[] {
  const used = new Set<string>(taken);
  // The last suffix tried per base, so a thousand equal titles do not retry -2, -3… each time.
  const lastSuffix = new Map<string, number>();
  return titles.map((title) => {
    const base = slugify(title, ID_SLUG_LENGTH) || "agreement";
    let n = lastSuffix.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (used.has(id)) id = `${base}-${++n}`;
    lastSuffix.set(base, n);
    used.add(id);
    return id;
  });
}

/** "my_agreements-2024.csv" → "my agreements 2024". */
export function titleFromFileName(fileName: string): string {
  const stem = fileName.replace(/^.*[\\/]/, "").replace(/\.[a-z0-9]+$/i, "");
  const title = stem.replace(/[_-]+/g, " ").replace(/\s+/g, " ").trim();
  return (title || "Imported agreements").slice(0, 200);
}

const KIND_BY_TEXT = new Map<string, string>([
  ...AGREEMENT_KINDS.map((k) => [k, k] as [string, string]),
  ...AGREEMENT_KINDS.map((k) => [KIND_INFO[k].label.toLowerCase(), k] as [string, string]),
]);

interface Row {
  line: number;
  values: Partial<Record<Column, string>>;
}

interface ParsedCsv {
  rows: Row[];
  problems: Problem[];
}

const at = (line: number, message: string): Problem => ({ path: `line ${line}`, message });

function parseRows(text: string): ParsedCsv {
  const starts = lineStarts(text);
  const problems: Problem[] = [];
  const records: { fields: string[]; line: number }[] = [];
  let cursor = 0;
  let broken = false;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    skipEmptyLines: false,
    step: (result, parser) => {
      const line = lineAt(starts, cursor);
      cursor = result.meta.cursor;
      const quoteError = result.errors.find((e) => e.type === "Quotes");
      if (quoteError) {
        // Everything after a broken quote is read as one value: stop here rather than guess.
        const where = typeof quoteError.index === "number" ? lineAt(starts, quoteError.index) : line;
        problems.push(
          at(
            where,
            `malformed quotes (${quoteError.message.toLowerCase()}); a value containing commas, quotes or line breaks must be wrapped in "double quotes", with inner quotes doubled ("")`,
          ),
        );
        broken = true;
        parser.abort();
        return;
      }
      records.push({ fields: result.data, line });
    },
  });
  if (broken) return { rows: [], problems };

  const header = records.shift();
  if (!header || header.fields.every((f) => f.trim() === ""))
    return { rows: [], problems: [at(1, `the first line must name the columns: ${CSV_COLUMNS.join(", ")}`)] };

  const columns: (Column | null)[] = header.fields.map(
    (name) => COLUMN_BY_KEY.get(normaliseHeader(name)) ?? null,
  );
  header.fields.forEach((name, i) => {
    if (columns[i] === null) {
      const hint =
        header.fields.length === 1 && /[;\t]/.test(name)
          ? ' (columns must be separated by commas, not ";" or tabs)'
          : ` (expected ${CSV_COLUMNS.join(", ")})`;
      problems.push(at(header.line, `unknown column "${name.trim().slice(0, 60)}"${hint}`));
    } else if (columns.indexOf(columns[i]!) !== i) {
      problems.push(at(header.line, `column "${columns[i]}" appears twice`));
    }
  });
  for (const column of REQUIRED)
    if (!columns.includes(column)) problems.push(at(header.line, `missing column "${column}"`));
  if (!columns.includes("source_url") && !columns.includes("source_urls"))
    problems.push(
      at(header.line, 'missing column "source_url" (or "source_urls", links separated by spaces)'),
    );
  if (problems.length > 0) return { rows: [], problems };

  const rows: Row[] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === "")) continue; // blank lines are allowed anywhere
    if (record.fields.length !== columns.length) {
      problems.push(
        at(
          record.line,
          `has ${record.fields.length} value${record.fields.length === 1 ? "" : "s"} but the header has ${columns.length} columns (a value containing a comma must be in "double quotes")`,
        ),
      );
      continue;
    }
    const values: Partial<Record<Column, string>> = {};
    record.fields.forEach((field, i) => (values[columns[i]!] = unguardCell(field).trim()));
    rows.push({ line: record.line, values });
  }
  return { rows, problems };
}

const splitList = (text: string) =>
  text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** The `id` column where given, else ids made from titles that none of the given ids takes. */
function rowIds(rows: readonly Row[]): string[] {
  const given = new Set(rows.map((r) => r.values.id).filter((id): id is string => !!id));
  const made = idsFromTitles(
    rows.map((r) => (r.values.id ? "" : (r.values.title ?? ""))),
    given,
  );
  return rows.map((r, i) => r.values.id || made[i]!);
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

/** Where a validator path inside one agreement points in the CSV: its column. */
function columnOfPath(rest: string): string {
  if (rest.startsWith("sources[0].title") || rest.startsWith("sources[0].publisher")) return "source_title";
  if (rest.startsWith("sources")) return "source_url";
  if (rest.startsWith("parties")) return "parties";
  if (rest === "id") return "id";
  return rest.replace(/^\./, "") || "row";
}

export function datasetFromCsv(text: string, options: CsvImportOptions): CsvImportResult {
  const { rows, problems } = parseRows(text.replace(/^\uFEFF/, ""));
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  if (rows.length === 0)
    return { ok: false, problems: [at(2, "no agreements: the file has a header but no rows")] };

  /** Problems already reported per row and column, so the validator does not repeat them. */
  const reported = new Set<string>();
  const report = (row: Row, column: string, message: string) => {
    problems.push(at(row.line, `${column}: ${message}`));
    reported.add(`${row.line}:${column}`);
  };

  const countryIds = new Set<string>();
  /** Names given in party_names: they win over the library's, so a dataset's names come back. */
  const givenNames = new Map<string, string>();
  const groupMembers = new Map<string, Set<string>>();
  const days: number[] = [];
  const ids = rowIds(rows);
  const agreements = rows.map((row, i) => {
    const v = row.values;
    const names = splitList(v.party_names ?? "");
    const parties = splitList(v.parties ?? "").map((p, j) => {
      const name = names[j];
      // A code the library does not know is kept when the file names it (a dataset's own codes).
      const id = resolveCountry(p) ?? (name && /^[A-Z]{3}$/.test(p) ? p : null);
      if (id) {
        countryIds.add(id);
        if (name && !givenNames.has(id)) givenNames.set(id, name.slice(0, 100));
      } else report(row, "parties", `unknown country code "${p.slice(0, 40)}"`);
      return id ?? p;
    });
    const group = v.group || null;
    if (group) {
      const members = groupMembers.get(group) ?? new Set<string>();
      for (const party of parties) members.add(party);
      groupMembers.set(group, members);
    }
    let depth: number | undefined;
    if (v.depth) {
      if (/^\d+$/.test(v.depth)) depth = Number(v.depth);
      else report(row, "depth", `"${v.depth.slice(0, 20)}" is not a whole number from 1 to 5`);
    }
    for (const key of ["signed", "inForce", "ended"] as const) {
      const date = v[key];
      if (date && parsePartialDate(date)) days.push(latestDayNumber(date));
    }
    const kindText = (v.kind ?? "").toLowerCase();
    const url = v.source_url ?? "";
    const host = hostOf(url);
    const sources = url
      ? [{ title: v.source_title || (host ?? url).slice(0, 300), publisher: host ?? "unknown", url }]
      : [];
    for (const link of (v.source_urls ?? "").split(/\s+/).filter(Boolean)) {
      const linkHost = hostOf(link);
      sources.push({ title: (linkHost ?? link).slice(0, 300), publisher: linkHost ?? "unknown", url: link });
    }
    return {
      id: ids[i]!,
      title: v.title ?? "",
      kind: KIND_BY_TEXT.get(kindText) ?? kindText,
      parties,
      group,
      signed: v.signed ?? "",
      inForce: v.inForce || null,
      ended: v.ended || null,
      ...(v.endReason ? { endReason: v.endReason } : {}),
      ...(v.supersededBy ? { supersededBy: v.supersededBy } : {}),
      // The CSV has no reason column: the depth was the importer's explicit choice, and says so.
      ...(depth === undefined ? {} : { depth, depthReason: "Depth set explicitly in the imported CSV" }),
      summary: v.summary || NO_SUMMARY,
      sources,
    };
  });

  const countries = [...countryIds]
    .map((id) => ({ id, name: givenNames.get(id) ?? countryName(id), region: regionOf(id) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const guessed = countries.filter((c) => !hasListedRegion(c.id)).map((c) => c.name);
  // No valid date at all: the validator reports the dates; the timeline just needs a value.
  const first = days.length ? dayNumberToIso(days.reduce((a, b) => Math.min(a, b))) : options.today;
  const last = days.length ? dayNumberToIso(days.reduce((a, b) => Math.max(a, b))) : options.today;
  const raw = {
    schemaVersion: SCHEMA_VERSION,
    title: titleFromFileName(options.fileName),
    description:
      `Imported from the CSV file ${options.fileName.slice(0, 200)}: ${rows.length} agreement${rows.length === 1 ? "" : "s"}.` +
      (guessed.length
        ? ` Region guessed as Europe for ${guessed.slice(0, 20).join(", ")}${guessed.length > 20 ? "…" : ""}.`
        : ""),
    updated: options.today,
    timeline: { start: first, end: last },
    countries,
    // A group is named by its id; its members are every party of its agreements.
    groups: [...groupMembers].map(([id, members]) => ({ id, name: id, members: [...members] })),
    agreements,
    events: [],
  };

  const result = validateDataset(raw);
  if (result.ok && problems.length === 0) return result;
  for (const problem of result.ok ? [] : result.problems) {
    const m = /^agreements\[(\d+)\](.*)$/.exec(problem.path);
    const row = m ? rows[Number(m[1])] : undefined;
    if (!m || !row) {
      problems.push(problem);
      continue;
    }
    const column = columnOfPath(m[2]!.replace(/^\./, ""));
    if (reported.has(`${row.line}:${column}`)) continue;
    problems.push(at(row.line, `${column}: ${problem.message}`));
  }
  problems.sort((a, b) => lineNumber(a) - lineNumber(b));
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
}

const lineNumber = (p: Problem) => Number(/^line (\d+)$/.exec(p.path)?.[1] ?? 0);
