/**
 * Build-time half of src/data/verified-bundle.ts: the SHA-256 of a dataset file that passes
 * validation unchanged, or null (the page then validates the file itself and shows its problems).
 */
import { createHash } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import type { ValidationResult } from "../src/data/validate";

export function verifiedDatasetHash(
  text: string,
  validate: (text: string) => ValidationResult,
): string | null {
  const result = validate(text);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  // Validation must not have changed anything (defaults, coercions): the page uses the raw parse.
  if (!result.ok || !isDeepStrictEqual(result.dataset, parsed)) return null;
  return createHash("sha256").update(text).digest("hex");
}
