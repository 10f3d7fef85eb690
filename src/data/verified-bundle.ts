/**
 * The bundled dataset is validated when the app is built: vite.config.ts runs the validator on
 * public/data/indo-pacific.json and, if it passes (and validation changes nothing in it), records
 * the file's SHA-256. At run time a bundled file with exactly that hash is the file that passed, so
 * it is parsed without running the validator again: validation and the validator's chunk (zod)
 * leave the first paint's path (docs/performance.md, Decisions: Load). Any other text (an edited
 * deployment, a file changed under the dev server, a page without crypto.subtle) is validated.
 */
import type { Dataset } from "./schema";

/** Replaced by the build (vite.config.ts): the hex SHA-256 of the validated bundled file, or null. */
declare const __VERIFIED_BUNDLED_DATASET__: string | null;

const builtHash = typeof __VERIFIED_BUNDLED_DATASET__ === "string" ? __VERIFIED_BUNDLED_DATASET__ : null;

/** Hex SHA-256 of the text's UTF-8 bytes; null where Web Crypto is unavailable (insecure context). */
export async function sha256Hex(text: string): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = await subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The dataset if `text` is the very file the build validated, else null (validate it). */
export async function verifiedBundledDataset(
  text: string,
  expectedHash: string | null = builtHash,
): Promise<Dataset | null> {
  if (!expectedHash) return null;
  try {
    if ((await sha256Hex(text)) !== expectedHash) return null;
    return JSON.parse(text) as Dataset;
  } catch {
    return null;
  }
}
