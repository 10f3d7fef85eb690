/**
 * Region colours. Regions are open labels (a dataset about Africa or NATO names its own); the six of
 * the bundled dataset keep fixed colours and any other label gets one from the same palette, picked by
 * a hash of the label, so one label has one colour in every view, export and session. The palette is
 * Paul Tol's "muted" scheme, designed to stay distinguishable under colour-vision deficiencies and
 * apart from the Okabe–Ito hues that the agreement kinds use.
 */
export const REGION_PALETTE = [
  "#332288",
  "#88CCEE",
  "#44AA99",
  "#117733",
  "#999933",
  "#DDCC77",
  "#CC6677",
  "#882255",
  "#AA4499",
] as const;

const KNOWN_REGION_COLORS: Readonly<Record<string, string>> = {
  "East Asia": "#CC6677",
  "South Asia": "#DDCC77",
  "Southeast Asia": "#117733",
  Oceania: "#88CCEE",
  "North America": "#332288",
  Europe: "#AA4499",
};

/** FNV-1a over UTF-16 code units: small, stable across engines and sessions. */
function hashLabel(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The colour of a region label: fixed for the six known regions, else picked by the label's hash. */
export function regionColor(region: string): string {
  const label = region.trim();
  return KNOWN_REGION_COLORS[label] ?? REGION_PALETTE[hashLabel(label) % REGION_PALETTE.length]!;
}
