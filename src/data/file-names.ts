/**
 * File names that say what a download holds: the date (or range), the kinds when filtered ("all"
 * otherwise), the depth when above 1 — `lattice-2022-01-06-access-logistics.csv` — and the dataset's
 * title for the whole dataset — `lattice-dataset-indo-pacific-security-cooperation-2007-2023.json`.
 */
import { AGREEMENT_KINDS, type AgreementKind } from "./kinds";
import { slugify } from "./slug";

export interface ViewNameParts {
  /** The shown day, YYYY-MM-DD. */
  dayIso: string;
  /** The earlier day when comparing, YYYY-MM-DD. */
  compareFromIso?: string | null;
  /** Kinds shown; null = all. */
  kinds: readonly AgreementKind[] | null;
  /** Minimum depth (1 = no depth filter). */
  depth: number;
}

/** A title as part of a file name (slug.ts); "untitled" when nothing of it is left. */
export function fileSlug(text: string, maxLength = 60): string {
  return slugify(text, maxLength) || "untitled";
}

export function viewFileStem({ dayIso, compareFromIso, kinds, depth }: ViewNameParts): string {
  const when = compareFromIso ? `${compareFromIso}-to-${dayIso}` : dayIso;
  const all = kinds === null || kinds.length === AGREEMENT_KINDS.length;
  // In the kinds' canonical order, so the same filter always gives the same name.
  const what = all
    ? "all"
    : kinds.length === 0
      ? "none"
      : AGREEMENT_KINDS.filter((k) => kinds.includes(k)).join("-");
  const deep = depth > 1 ? `-depth-${depth}-plus` : "";
  return `lattice-${when}-${what}${deep}`;
}

export function csvFileName(parts: ViewNameParts): string {
  return `${viewFileStem(parts)}.csv`;
}

export function datasetFileName(title: string): string {
  return `lattice-dataset-${fileSlug(title)}.json`;
}

export function pngFileName(parts: ViewNameParts): string {
  return `${viewFileStem(parts)}.png`;
}
