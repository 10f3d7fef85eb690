/**
 * Seeded damage to a JSON tree, for the validator's fuzz tests (validate.fuzz.test.ts): walk to a
 * random place and replace, delete or add something there.
 */
import fc from "fast-check";

export type Json = unknown;
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

/** A seeded mutation of `root`: a random walk (`mutate`) to a place where one weird value lands. */
export const mutationOf = (root: Json) =>
  fc
    .tuple(fc.array(fc.nat(1000), { minLength: 2, maxLength: 8 }), fc.constantFrom(...weirdValues))
    .map(([choices, value]) => mutate(root, choices, value));
