/**
 * Fuzzing the validator with seeded mutations of the bundled dataset: whatever arrives, validation
 * never throws, and every rejection lists problems that each carry a path and a message.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDataset, validateDatasetText } from "./validate";

const bundledText = readFileSync("public/data/indo-pacific.json", "utf8");

type Json = unknown;
const deep = (depth: number): Json => (depth === 0 ? "x" : { a: [deep(depth - 1)] });

const weirdValues: Json[] = [
  null,
  undefined,
  0,
  -1,
  1e308,
  Number.NaN,
  "",
  "x".repeat(100_000),
  "2023-02-30",
  "9999-99-99",
  "javascript:alert(1)",
  "<img src=x onerror=alert(1)>",
  [],
  {},
  [null],
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  deep(200),
  true,
];

/** Walks to a random place in the JSON tree and replaces, deletes or adds something there. */
function mutate(root: Json, choices: number[], value: Json): Json {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node: unknown = copy;
  let k = 0;
  while (k < choices.length - 1 && node && typeof node === "object") {
    const keys = Object.keys(node as object);
    if (keys.length === 0) break;
    const key = keys[choices[k]! % keys.length]!;
    const child = (node as Record<string, unknown>)[key];
    if (!child || typeof child !== "object" || choices[k + 1]! % 4 === 0) {
      const op = choices[choices.length - 1]! % 5;
      const target = node as Record<string, unknown>;
      if (op === 0) delete target[key];
      else if (op === 1) target["__proto__"] = value;
      else if (op === 2 && Array.isArray(target)) target.reverse();
      else if (op === 3 && typeof child === "string") target[key] = child.split("").reverse().join("");
      else target[key] = value;
      return copy;
    }
    node = child;
    k++;
  }
  return copy;
}

describe("validator fuzzing", () => {
  const base = JSON.parse(bundledText);

  it("never throws on 1,200 random mutations of the bundled dataset; problems always have paths", () => {
    let rejected = 0;
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: 2, maxLength: 8 }),
        fc.constantFrom(...weirdValues),
        (choices, value) => {
          const result = validateDataset(mutate(base, choices, value));
          if (!result.ok) {
            rejected++;
            expect(result.problems.length).toBeGreaterThan(0);
            for (const p of result.problems) {
              expect(typeof p.path).toBe("string");
              expect(p.path.length).toBeGreaterThan(0);
              expect(p.message.length).toBeGreaterThan(0);
            }
          }
        },
      ),
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
