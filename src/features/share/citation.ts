/**
 * How to cite a view: a readable citation, BibTeX and CSL-JSON (what Zotero, Mendeley and pandoc
 * read), each naming the dataset's title and version, the view's date, the day it was accessed and
 * the canonical URL of the view, as Our World in Data's charts do.
 */
import { formatDate } from "../../data/dates";

export interface CitationInput {
  title: string;
  version?: string;
  /** The dataset's `updated` date (YYYY, YYYY-MM or YYYY-MM-DD). */
  updated: string;
  /** The view's date, YYYY-MM-DD (or "A → B" when comparing). */
  viewDate: string;
  /** Today, YYYY-MM-DD. */
  accessed: string;
  url: string;
}

const PUBLISHER = "Lattice";

export function readableCitation(c: CitationInput): string {
  const version = c.version ? `, version ${c.version}` : "";
  return `${c.title}${version} (updated ${formatDate(c.updated)}). ${PUBLISHER}, view of ${c.viewDate}. Accessed ${formatDate(c.accessed)}. ${c.url}`;
}

/** Characters BibTeX treats specially, escaped so a title cannot break the entry. */
function bibtexText(text: string): string {
  return text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([{}%&#_$])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}")
    .replace(/[\r\n]+/g, " ");
}

/** The URL as BibTeX's \url{} takes it: braces and backslashes are the only characters it cannot hold. */
const bibtexUrl = (url: string) => url.replace(/[{}\\]/g, (ch) => encodeURIComponent(ch));

export function citationKey(c: CitationInput): string {
  const words = c.title
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9 ]/g, "")
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 3)
    .join("")
    .toLowerCase();
  return `lattice-${words || "dataset"}-${c.accessed}`;
}

export function bibtexCitation(c: CitationInput): string {
  const fields: [string, string][] = [
    ["title", `{${bibtexText(c.title)}}`],
    ...(c.version ? ([["version", bibtexText(c.version)]] as [string, string][]) : []),
    ["publisher", PUBLISHER],
    ["year", c.updated.slice(0, 4)],
    ["url", bibtexUrl(c.url)],
    ["howpublished", `\\url{${bibtexUrl(c.url)}}`],
    ["urldate", c.accessed],
    ["note", `View of ${bibtexText(c.viewDate)}; accessed ${c.accessed}`],
  ];
  return `@misc{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}

const dateParts = (date: string) => [date.split("-").map(Number)];

export function cslJsonCitation(c: CitationInput): string {
  const item = {
    id: citationKey(c),
    type: "dataset",
    title: c.title,
    ...(c.version ? { version: c.version } : {}),
    publisher: PUBLISHER,
    issued: { "date-parts": dateParts(c.updated) },
    accessed: { "date-parts": dateParts(c.accessed) },
    URL: c.url,
    note: `View of ${c.viewDate}`,
  };
  return JSON.stringify([item], null, 2);
}
