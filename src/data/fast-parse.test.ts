/**
 * The fast path must never disagree with zod: whenever it answers, zod accepts the same input and
 * gives the same output, key order included (the exported dataset is that object written out).
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { generateSynthetic } from "../../scripts/bench/synthetic";
import { fastParser } from "./fast-parse";
import { mutationOf } from "./json-mutation";
import { datasetSchema } from "./schema";

const parseFast = fastParser(datasetSchema);
const bundled: unknown = JSON.parse(readFileSync("public/data/indo-pacific.json", "utf8"));

/** Fails unless zod accepts `input` with exactly `fast` as its output. */
function expectSameAsZod(input: unknown, fast: unknown) {
  const parsed = datasetSchema.safeParse(input);
  expect(parsed.success).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(parsed.data));
}

describe("fastParser(datasetSchema)", () => {
  it("gives zod's output for the bundled dataset and a synthetic one", () => {
    const synthetic = JSON.parse(
      JSON.stringify(generateSynthetic({ countries: 120, agreements: 600, years: 10, seed: 7 })),
    );
    for (const input of [bundled, synthetic]) {
      const fast = parseFast(input);
      expect(fast).not.toBeNull();
      expectSameAsZod(input, fast);
    }
  });

  it("builds new objects in the schema's key order, and fills defaults as zod does", () => {
    const withoutDefaults = structuredClone(bundled) as Record<string, unknown>;
    delete withoutDefaults.groups;
    delete withoutDefaults.events;
    const reordered = Object.fromEntries(Object.entries(withoutDefaults).reverse());
    const fast = parseFast(reordered);
    expect(fast).not.toBeNull();
    expect(Object.keys(fast!).slice(0, 3)).toEqual(["schemaVersion", "title", "version"]);
    expect(fast!.groups).toEqual([]);
    expect(fast!.events).toEqual([]);
    expect(fast!.countries).not.toBe((reordered as { countries: unknown }).countries);
    expectSameAsZod(reordered, fast);
  });

  it("fills omitted group, inForce and ended with null, as zod does", () => {
    const input = structuredClone(bundled) as { agreements: Record<string, unknown>[] };
    for (const a of input.agreements.slice(0, 20)) {
      delete a.group;
      delete a.inForce;
      delete a.ended;
    }
    const fast = parseFast(input);
    expect(fast).not.toBeNull();
    expect(fast!.agreements[0]).toMatchObject({ group: null, inForce: null, ended: null });
    expectSameAsZod(input, fast);
  });

  it.each([
    ["a title zod would trim", (d: any) => (d.agreements[0].title = ` ${d.agreements[0].title}`)],
    ["an unknown field", (d: any) => (d.agreements[0].extra = 1)],
    ["a __proto__ key", (d: any) => (d.countries[0] = JSON.parse('{"__proto__": {"x": 1}}'))],
    ["a field set to undefined", (d: any) => (d.agreements[0].note = undefined)],
    ["a date that is not real", (d: any) => (d.agreements[0].signed = "2023-02-30")],
    ["a javascript: source", (d: any) => (d.agreements[0].sources[0].url = "javascript:alert(1)")],
    ["a depth of 2.5", (d: any) => (d.agreements[0].depth = 2.5)],
    ["an object that is not plain", (d: any) => (d.timeline = Object.assign(new (class {})(), d.timeline))],
  ])("leaves %s to zod", (_name, damage) => {
    const input = structuredClone(bundled);
    damage(input);
    expect(parseFast(input)).toBeNull();
  });

  it("never answers for schema parts it does not know", () => {
    const parse = fastParser(z.strictObject({ contact: z.email(), n: z.number() }));
    expect(parse({ contact: "a@example.org", n: 1 })).toBeNull();
    expect(fastParser(z.strictObject({ n: z.number() }))({ n: 1 })).toEqual({ n: 1 });
  });

  it("agrees with zod on 500 random mutations of the bundled dataset", () => {
    let answered = 0;
    let jsonAnswered = 0;
    let jsonAccepted = 0;
    fc.assert(
      fc.property(mutationOf(bundled), (input) => {
        const fast = parseFast(input);
        if (fast !== null) {
          answered++;
          expectSameAsZod(input, fast);
        }
        // As it would arrive in a file: a changed prototype or an undefined field do not survive.
        const json: unknown = JSON.parse(JSON.stringify(input) ?? "null");
        if (datasetSchema.safeParse(json).success) jsonAccepted++;
        if (parseFast(json) !== null) jsonAnswered++;
      }),
      { numRuns: 500, seed: 2024 },
    );
    // Mutations that keep the dataset valid (a reversed list, a removed optional field) are answered.
    expect(answered).toBeGreaterThan(120);
    // Every valid JSON input takes the fast path (the bundled dataset has no string zod would trim).
    expect(jsonAnswered).toBe(jsonAccepted);
  }, 120_000);
});
