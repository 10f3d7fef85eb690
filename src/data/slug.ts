/**
 * Lowercase kebab-case, ASCII only: accents dropped ("défense" → "defense"), every other run of
 * characters outside a-z and 0-9 one hyphen, cut at a hyphen boundary within `maxLength`. Empty when
 * the text has no latin letters or digits, so each caller picks its own fallback. One function for
 * dataset ids (csv-import.ts) and file names (file-names.ts), so both spell a title alike.
 */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}
