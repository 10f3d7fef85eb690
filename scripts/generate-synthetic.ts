/**
 * `npm run bench:data [-- medium large] [--out bench/data]`: writes the seeded synthetic datasets
 * used by `npm run bench` (bench/data is git-ignored; the files are re-made in a second). Each file
 * is validated with the app's own validator before it is written.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { formatProblem, validateDataset } from "../src/data/validate.ts";
import { SCALES, generateSynthetic, type SyntheticScale } from "./bench/synthetic.ts";

export const DEFAULT_SYNTHETIC_DIR = "bench/data";

/** Generates, validates and writes one scale; returns the path written. */
export function writeSynthetic(scale: SyntheticScale, dir = DEFAULT_SYNTHETIC_DIR): string {
  const dataset = generateSynthetic(SCALES[scale]);
  const result = validateDataset(dataset);
  if (!result.ok)
    throw new Error(`synthetic ${scale} is invalid:\n${result.problems.map(formatProblem).join("\n")}`);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${scale}.json`);
  writeFileSync(path, JSON.stringify(dataset));
  return path;
}

function main(argv: string[]) {
  const outAt = argv.indexOf("--out");
  const dir = outAt >= 0 ? argv[outAt + 1]! : DEFAULT_SYNTHETIC_DIR;
  const names = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--out");
  const scales = (names.length ? names : Object.keys(SCALES)) as SyntheticScale[];
  for (const scale of scales) {
    if (!(scale in SCALES))
      throw new Error(`unknown scale "${scale}" (known: ${Object.keys(SCALES).join(", ")})`);
    const spec = SCALES[scale];
    const path = writeSynthetic(scale, dir);
    console.log(
      `${path}: ${spec.countries} countries, ${spec.agreements} agreements, ${spec.years} years (seed ${spec.seed})`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
