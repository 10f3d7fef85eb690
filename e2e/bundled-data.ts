import { readFileSync } from "node:fs";

/** The bundled dataset as the tests read it, to compute expected answers independently of the app. */
export const bundled = JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8")) as {
  title: string;
  agreements: {
    id: string;
    title: string;
    kind: string;
    parties: string[];
    signed: string;
    inForce: string | null;
    ended: string | null;
    supersededBy?: string;
    depth?: number;
    sources: { type?: string }[];
  }[];
  countries: { id: string; name: string }[];
  events: { id: string; title: string; date: string }[];
};

/** Last day of a partial date, as the app counts it ("2013-03" → "2013-03-31"). */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${date}-12-31`;
}

/** Titles of agreements counted on `day` under the signature basis (independent re-statement of the rule). */
export function expectedTitlesOn(day: string, kinds?: string[]): string[] {
  return bundled.agreements
    .filter((a) => lastDay(a.signed) <= day && (!a.ended || lastDay(a.ended) > day))
    .filter((a) => !kinds || kinds.includes(a.kind))
    .map((a) => a.title)
    .sort();
}

/** Each kind's default depth (docs/data-format.md), restated for expectations. */
export const DEFAULT_DEPTH: Record<string, number> = {
  alliance: 5,
  access: 4,
  technology: 4,
  equipment: 3,
  information: 2,
  logistics: 2,
  declaration: 1,
  dialogue: 1,
};
