/**
 * What the user chose: the whole view, and nothing derived. Every key is in the URL (url-codec.ts);
 * DEFAULT_VIEW holds the values that are never written there.
 */
import type { AgreementKind } from "../data/kinds";
import type { Basis } from "../data/prepare";

export const TABS = ["graph", "table", "insights"] as const;
export type Tab = (typeof TABS)[number];

/** Insights' measure: agreements counted, or weighted by their depth (1–5). */
export type Measure = "count" | "depth";

/** "latest", "earliest" or an ISO day "YYYY-MM-DD". */
export type TimeToken = string;

export interface ViewState {
  time: TimeToken;
  /** Compare mode (`time=A..B`): the earlier date A, or null when not comparing. */
  compareFrom: TimeToken | null;
  /** Kinds shown; null means all. */
  kinds: AgreementKind[] | null;
  depth: number;
  basis: Basis;
  country: string | null;
  agreement: string | null;
  focus: string[];
  tab: Tab;
  present: boolean;
  story: string | null;
  /** 1-based story step; meaningful only with a story. */
  step: number;
  /** A dataset to load instead of the bundled one: relative path or http(s) URL. */
  data: string | null;
  /** Insights' sensitivity settings (`measure=depth`, `declarations=exclude`). */
  measure: Measure;
  declarations: boolean;
  /** The pair view's two countries (`pair=AUS~JPN`), in code order; null when closed. */
  pair: [string, string] | null;
  /** Presentation mode's colours: dark (default) or light, for bright rooms. */
  theme: Theme;
  /** Node labels: full country names where they fit (default), or ISO codes only. */
  labels: LabelChoice;
}

export const THEMES = ["dark", "light"] as const;
export type Theme = (typeof THEMES)[number];
export const LABEL_CHOICES = ["names", "codes"] as const;
export type LabelChoice = (typeof LABEL_CHOICES)[number];

export const DEFAULT_VIEW: ViewState = {
  time: "latest",
  compareFrom: null,
  kinds: null,
  depth: 1,
  basis: "signed",
  country: null,
  agreement: null,
  focus: [],
  tab: "graph",
  present: false,
  story: null,
  step: 1,
  data: null,
  measure: "count",
  declarations: true,
  pair: null,
  theme: "dark",
  labels: "names",
};
