import { describe, expect, it } from "vitest";
import { validateDataset } from "../../src/data/validate";
import { SCALES, generateSynthetic, syntheticCountryId } from "./synthetic";

describe("syntheticCountryId", () => {
  it("gives unique uppercase three-letter ids for 1,000 countries", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => syntheticCountryId(i));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}$/);
  });
});

describe("generateSynthetic", () => {
  it("makes a valid dataset of the asked size", () => {
    const dataset = generateSynthetic(SCALES.medium);
    expect(dataset.countries).toHaveLength(200);
    expect(dataset.agreements).toHaveLength(2000);
    expect(dataset.timeline).toEqual({ start: "1994-01-01", end: "2023-12-31" });
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([]);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const spec = { countries: 30, agreements: 200, years: 10, seed: 7 };
    expect(JSON.stringify(generateSynthetic(spec))).toBe(JSON.stringify(generateSynthetic(spec)));
    expect(JSON.stringify(generateSynthetic({ ...spec, seed: 8 }))).not.toBe(
      JSON.stringify(generateSynthetic(spec)),
    );
  });
});
