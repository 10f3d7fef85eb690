/**
 * `npm run validate:data [--strict] [file …]`: validates dataset files with the app's own validator.
 * Without files it checks the bundled dataset. `--strict` (used by the build and CI for the bundled
 * file) also applies the source policy of src/data/source-rules.ts and reports how many agreements
 * cite an official source first. Prints every problem as `path: message`; exits non-zero when any
 * file is invalid.
 */
import { readFileSync } from "node:fs";
import { checkSources } from "../src/data/source-rules.ts";
import { formatProblem, validateDatasetText } from "../src/data/validate.ts";

const args = process.argv.slice(2);
const strict = args.includes("--strict");
const files = args.filter((a) => a !== "--strict");
if (files.length === 0) files.push("public/data/indo-pacific.json");

let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: cannot read (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const result = validateDatasetText(text);
  if (!result.ok) {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
    continue;
  }
  const d = result.dataset;
  console.log(
    `${file}: valid — ${d.agreements.length} agreements, ${d.events.length} events, ${d.countries.length} countries, ${d.groups.length} groups`,
  );
  if (!strict) continue;
  const report = checkSources(d);
  const share = report.agreements ? Math.round((100 * report.officialFirst) / report.agreements) : 0;
  console.log(
    `${file}: ${report.officialFirst} of ${report.agreements} agreements (${share}%) cite an official source first`,
  );
  if (report.problems.length > 0) {
    failed = true;
    console.error(`${file}: ${report.problems.length} source problem(s) (--strict)`);
    for (const problem of report.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
