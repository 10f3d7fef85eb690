/**
 * Fuzzing the CSV import with seeded inputs: random text, and a valid file cut, spliced and sprinkled
 * with quotes, commas, line breaks, BOMs and blank lines. Whatever arrives, the import never throws,
 * a success is a dataset the one validator accepts, and every failure lists problems with a path
 * ("line N" for the file's own lines) and a message.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetFromCsv, type CsvImportResult } from "./csv-import";
import { validateDataset } from "./validate";

const valid = readFileSync("public/data/fixtures/agreements.csv", "utf8");
const options = { fileName: "fuzz.csv", today: "2026-01-01" };
const NOISE = [
  '"',
  '""',
  ",",
  ";",
  "\n",
  "\r\n",
  "\r",
  "\uFEFF",
  "",
  "   ",
  "JNP",
  "2023-02-30",
  "=1+1",
  "\u0000",
];

function check(result: CsvImportResult, text: string) {
  if (result.ok) {
    expect(validateDataset(result.dataset).ok).toBe(true);
    return;
  }
  expect(result.problems.length).toBeGreaterThan(0);
  expect(result.problems.length).toBeLessThanOrEqual(200);
  for (const p of result.problems) {
    expect(typeof p.path).toBe("string");
    expect(p.path.length).toBeGreaterThan(0);
    expect(p.message.length).toBeGreaterThan(0);
    const line = /^line (\d+)$/.exec(p.path);
    // A line number points inside the file (or just past it, for "a header but no rows").
    if (line) expect(Number(line[1])).toBeLessThanOrEqual(text.split(/\r\n|\r|\n/).length + 1);
  }
}

describe("CSV import fuzzing (seeded)", () => {
  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), (text) => {
        check(datasetFromCsv(text, options), text);
      }),
      { seed: 20260105, numRuns: 500 },
    );
  });

  it("never throws on mutations of a valid file, and reports lines inside it", () => {
    const mutation = fc.record({
      at: fc.nat({ max: valid.length }),
      cut: fc.nat({ max: 40 }),
      insert: fc.array(fc.constantFrom(...NOISE), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        let text = valid;
        for (const m of mutations) {
          const at = Math.min(m.at, text.length);
          text = text.slice(0, at) + m.insert.join("") + text.slice(at + m.cut);
        }
        check(datasetFromCsv(text, options), text);
      }),
      { seed: 20260106, numRuns: 700 },
    );
  });

  it("copes with many rows and very long values", () => {
    const row = valid.split("\n")[1]!;
    const many = [valid.split("\n")[0], ...Array.from({ length: 3000 }, () => row)].join("\n");
    const result = datasetFromCsv(many, options);
    expect(result.ok).toBe(true);
    if (result.ok) expect(new Set(result.dataset.agreements.map((a) => a.id)).size).toBe(3000);
    const long = valid.replace("Four-way dialogue", "x".repeat(100_000));
    check(datasetFromCsv(long, options), long);
  });
});
