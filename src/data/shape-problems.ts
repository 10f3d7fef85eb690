/**
 * zod's issues as plain words that say what to do: "missing: every agreement needs `title`",
 * "unknown field "inforce": did you mean "inForce"?", "is "pact": use one of alliance, access, …".
 * zod's own wording ("Invalid input: expected string, received undefined") is replaced wherever a
 * clearer message is known; messages written in the schema are kept as they are.
 */
import type { z } from "zod";
import { formatPath, type Problem } from "./problems";

type Def = {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
};
type Schema = { _zod: { def: Def } };

/**
 * The schema at `path`, looking through optional/nullable/default wrappers; `nullable` says whether
 * one of the wrappers of the last step accepts null.
 */
function schemaAt(root: z.ZodType, path: readonly PropertyKey[]): { def: Def; nullable: boolean } | null {
  let def: Def | undefined = (root as unknown as Schema)._zod.def;
  let nullable = false;
  const unwrap = () => {
    nullable = false;
    while (def && def.innerType) {
      if (def.type === "nullable") nullable = true;
      def = def.innerType._zod.def;
    }
  };
  unwrap();
  for (const key of path) {
    if (!def) return null;
    if (def.type === "array" && typeof key === "number") def = def.element?._zod.def;
    else if (def.type === "object" && typeof key === "string") def = def.shape?.[key]?._zod.def;
    else return null;
    unwrap();
  }
  return def ? { def, nullable } : null;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Edit distance with an early exit: only small distances matter for a spelling hint. */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(above + 1, previous[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known field a misspelt one most likely meant, if one is close. */
export function nearestField(unknown: string, known: readonly string[]): string | null {
  const lower = unknown.toLowerCase().replace(/[_\s-]/g, "");
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const field of known) {
    const d = field.toLowerCase() === lower ? 0 : distance(lower, field.toLowerCase());
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  const allowed = Math.max(1, Math.ceil((best?.length ?? 0) / 3));
  return best !== null && bestDistance <= allowed ? best : null;
}

const RECORD_NOUN: Record<string, string> = {
  countries: "country",
  groups: "group",
  agreements: "agreement",
  events: "event",
  stories: "story",
  steps: "story step",
  sources: "source",
  quotes: "quote",
  source: "source",
  timeline: "timeline",
};

/** "every agreement", "the timeline", "the dataset": what the missing field belongs to. */
function owner(path: readonly PropertyKey[]): string {
  const parent = [...path].reverse().find((key) => typeof key === "string");
  if (parent === undefined) return "the dataset";
  const noun = RECORD_NOUN[parent as string];
  if (!noun) return `"${String(parent)}"`;
  return typeof path[path.length - 1] === "number" ? `every ${noun}` : `the ${noun}`;
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list ([…])",
  object: "an object ({…})",
  boolean: "true or false",
  int: "a whole number",
  null: "null",
};

function listOf(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map(String).join(", ");
  return values.length > 12 ? `${shown}, …` : shown;
}

/** One issue's plain message(s); an unknown-keys issue gives one problem per key, at that key. */
function plainIssue(issue: z.core.$ZodIssue, raw: unknown, root: z.ZodType): Problem[] {
  const path = issue.path;
  const here = formatPath(path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = Object.keys(schemaAt(root, path)?.def.shape ?? {});
      return issue.keys.map((key) => {
        const near = nearestField(key, known);
        const hint = near
          ? `did you mean "${near}"?`
          : "remove it, or check the spelling in docs/data-format.md";
        return { path: here, message: `unknown field "${key}": ${hint}` };
      });
    }
    case "invalid_type": {
      const value = valueAt(raw, path);
      if (value === undefined) {
        const field = path[path.length - 1];
        const name = typeof field === "string" ? `"${field}"` : "this entry";
        return [{ path: here, message: `missing: ${owner(path.slice(0, -1))} needs ${name}` }];
      }
      if (!issue.message.startsWith("Invalid input")) return [{ path: here, message: issue.message }];
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      const orNull = schemaAt(root, path)?.nullable ? " or null" : "";
      return [{ path: here, message: `must be ${expected}${orNull}, not ${describeValue(value)}` }];
    }
    case "invalid_value": {
      const value = valueAt(raw, path);
      return [{ path: here, message: `is ${describeValue(value)}: use one of ${listOf(issue.values)}` }];
    }
    case "too_small":
    case "too_big": {
      if (!/^(Too small|Too big)/.test(issue.message)) return [{ path: here, message: issue.message }];
      const small = issue.code === "too_small";
      const limit = Number(small ? issue.minimum : issue.maximum);
      const message =
        issue.origin === "array"
          ? small
            ? `needs at least ${limit} item${limit === 1 ? "" : "s"}`
            : `has more than ${limit.toLocaleString("en")} items, the most allowed`
          : issue.origin === "string"
            ? small
              ? "must not be empty"
              : `longer than ${limit} characters`
            : small
              ? `must be at least ${limit}`
              : `must be at most ${limit}`;
      return [{ path: here, message }];
    }
    default:
      return [{ path: here, message: issue.message }];
  }
}

/** Every issue of a failed parse, in plain words. */
export function shapeProblems(error: z.ZodError, raw: unknown, root: z.ZodType): Problem[] {
  return error.issues.flatMap((issue) => plainIssue(issue, raw, root));
}
