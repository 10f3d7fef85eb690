/**
 * `npm run validate:data [file …]`: validates dataset files with the app's own validator.
 * Without arguments it checks the bundled dataset. Prints every problem as `path: message` and
 * exits non-zero when any file is invalid.
 */
import { readFileSync } from "node:fs";
import { formatProblem, validateDatasetText } from "../src/data/validate.ts";

const files = process.argv.slice(2);
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
  if (result.ok) {
    const d = result.dataset;
    console.log(
      `${file}: valid — ${d.agreements.length} agreements, ${d.events.length} events, ${d.countries.length} countries, ${d.groups.length} groups`,
    );
  } else {
    failed = true;
    console.error(`${file}: ${result.problems.length} problem(s)`);
    for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
