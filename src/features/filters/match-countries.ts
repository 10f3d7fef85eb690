import type { Country } from "../../data/schema";

/** Countries whose name or code matches the query: prefix matches first, then substring, max 8. */
export function matchCountries(countries: readonly Country[], query: string, limit = 8): Country[] {
  const q = query.trim().toLowerCase();
  if (q === "") return [];
  const prefix: Country[] = [];
  const inner: Country[] = [];
  for (const c of countries) {
    const name = c.name.toLowerCase();
    if (name.startsWith(q) || c.id.toLowerCase() === q) prefix.push(c);
    else if (name.includes(q)) inner.push(c);
  }
  const byName = (a: Country, b: Country) => a.name.localeCompare(b.name);
  return [...prefix.sort(byName), ...inner.sort(byName)].slice(0, limit);
}
