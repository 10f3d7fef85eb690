/** Synthetic datasets for tests that need many countries: ids AAA, AAB, …, one region, 2000–2020. */

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** `count` three-letter country ids: AAA, AAB, … (up to 17,576). */
export function countryIds(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) => `${LETTERS[Math.floor(i / 676)]}${LETTERS[Math.floor(i / 26) % 26]}${LETTERS[i % 26]}`,
  );
}

export const SYNTHETIC_SOURCES = [
  { title: "Synthetic", publisher: "Lattice tests", url: "https://example.org/s" },
];

/** A dataset in the Lattice format with these countries and agreements, and no groups or events. */
export function syntheticDataset<A>(title: string, description: string, ids: string[], agreements: A[]) {
  return {
    schemaVersion: 1,
    title,
    description,
    updated: "2026-11-28",
    timeline: { start: "2000-01-01", end: "2020-12-31" },
    countries: ids.map((id) => ({ id, name: `Country ${id}`, region: "Europe" })),
    groups: [],
    agreements,
    events: [],
  };
}
