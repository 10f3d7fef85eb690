/**
 * Fuzzing the validator with seeded mutations of the bundled dataset: whatever arrives, validation
 * never throws, and every rejection lists problems that each carry a path and a message.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mutationOf } from "./json-mutation";
import { validateDataset, validateDatasetText } from "./validate";

const bundledText = readFileSync("public/data/indo-pacific.json", "utf8");

describe("validator fuzzing", () => {
  const base = JSON.parse(bundledText);

  it("never throws on 1,200 random mutations of the bundled dataset; problems always have paths", () => {
    let rejected = 0;
    fc.assert(
      fc.property(mutationOf(base), (input) => {
        const result = validateDataset(input);
        if (!result.ok) {
          rejected++;
          expect(result.problems.length).toBeGreaterThan(0);
          for (const p of result.problems) {
            expect(typeof p.path).toBe("string");
            expect(p.path.length).toBeGreaterThan(0);
            expect(p.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 1200, seed: 1337 },
    );
    expect(rejected).toBeGreaterThan(600); // the mutations really do break things
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 120_000);

  it("never throws on truncated or corrupted JSON text", () => {
    fc.assert(
      fc.property(fc.nat(bundledText.length), fc.string({ maxLength: 5 }), (cut, junk) => {
        const result = validateDatasetText(bundledText.slice(0, cut) + junk + bundledText.slice(cut + 3));
        expect(typeof result.ok).toBe("boolean");
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  it("rejects reversed dates and unknown ids with paths", () => {
    const d = structuredClone(base);
    const withInForce = d.agreements.findIndex((a: { inForce: string | null }) => a.inForce);
    const a = d.agreements[withInForce];
    [a.signed, a.inForce] = [a.inForce, a.signed];
    d.events[0].parties = ["ZZZ"];
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain(`agreements[${withInForce}].inForce`);
    expect(paths).toContain("events[0].parties[0]");
  });
});
