/**
 * A fast path through a zod schema for input the schema accepts exactly as it is: zod's generic
 * checks are several times slower on a dataset of 10,000 agreements (docs/performance.md,
 * Decisions: Validation). It is built from the schema itself (its definitions: `_zod.def`), so
 * there is no second copy of the rules to keep in step.
 *
 * It answers only "valid, and here is zod's output", which it builds the same way zod does: new
 * objects with the schema's keys in the schema's order, defaults filled in. Anything else returns
 * null and zod decides, with its messages: a problem, a string zod would trim, an object that is not
 * plain JSON, or a part of zod this file does not know (that part then always answers null, so a
 * schema change can make validation slower but never lets bad data through). fast-parse.test.ts
 * checks the output against zod's on valid datasets and on 500 mutated ones.
 */
import type { z } from "zod";

/** Thrown inside the checkers when the input is not for the fast path; caught in fastParser. */
const NOT_FAST = Symbol("not fast");

type Checker = (value: unknown) => unknown;
type Check = (value: never) => boolean;

// Internal definitions as zod 4 exposes them to library authors (zod/v4/core).
interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, unknown>;
  values?: unknown[];
  defaultValue?: unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  tx?: (value: unknown) => unknown;
  fn?: (value: unknown) => unknown;
}
type Schema = { _zod: { def: Def } };

const notFast = (): never => {
  throw NOT_FAST;
};

function lengthCheck(def: CheckDef): Check | null {
  if (def.check === "min_length") return (v: { length: number }) => v.length >= def.minimum!;
  if (def.check === "max_length") return (v: { length: number }) => v.length <= def.maximum!;
  return null;
}

/** A check on a string or number: true when zod's check passes and leaves the value unchanged. */
function valueCheck(def: CheckDef, type: "string" | "number"): Check | null {
  if (type === "string") {
    const length = lengthCheck(def);
    if (length) return length;
    if (def.check === "overwrite") return (v: string) => def.tx!(v) === v; // e.g. trim
    if (def.check === "string_format" && def.format === "regex" && def.pattern) {
      const pattern = def.pattern;
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
  } else {
    if (def.check === "number_format" && def.format === "safeint")
      return (v: number) => Number.isSafeInteger(v);
    const bound = def.value!;
    if (def.check === "greater_than") return (v: number) => (def.inclusive ? v >= bound : v > bound);
    if (def.check === "less_than") return (v: number) => (def.inclusive ? v <= bound : v < bound);
  }
  // A refinement's function returns true when the value passes (a promise is not an answer here).
  if (def.check === "custom" && def.fn) return (v: never) => def.fn!(v) === true;
  return null;
}

function checksOf(def: Def, toCheck: (check: CheckDef) => Check | null): Check[] | null {
  const checks: Check[] = [];
  for (const { _zod } of def.checks ?? []) {
    const check = toCheck(_zod.def);
    if (!check) return null;
    checks.push(check);
  }
  return checks;
}

const passes = (checks: Check[], value: never) => {
  for (const check of checks) if (!check(value)) return false;
  return true;
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function objectChecker(def: Def): Checker {
  // Only strict objects (unknown keys are an error; KNOWN_FIELDS rules out object refinements).
  if (def.catchall?._zod.def.type !== "never") return notFast;
  const fields = Object.entries(def.shape!).map(([key, schema]) => {
    const type = schema._zod.def.type;
    return { key, check: compile(schema), optional: type === "optional", fallback: type === "default" };
  });
  const known = new Set(fields.map((f) => f.key));
  return (value) => {
    if (!isPlainObject(value)) return notFast();
    for (const key in value) if (!known.has(key) || value[key] === undefined) return notFast();
    const out: Record<string, unknown> = {};
    for (const { key, check, optional, fallback } of fields) {
      const v = value[key];
      if (v === undefined && optional) continue; // absent stays absent, as in zod's output
      if (v === undefined && !fallback) return notFast();
      out[key] = check(v);
    }
    return out;
  };
}

/** The definition fields each type may have here; any other (a string format such as z.email()'s, a
 * pipe, a transform…) changes what zod does, so that schema always answers null. */
const KNOWN_FIELDS: Record<string, readonly string[]> = {
  object: ["shape", "catchall"],
  array: ["element", "checks"],
  string: ["checks"],
  number: ["checks"],
  enum: ["entries"],
  literal: ["values"],
  nullable: ["innerType"],
  optional: ["innerType"],
  default: ["innerType", "defaultValue"],
};

function compile(schema: Schema): Checker {
  const def = schema._zod.def;
  const known = KNOWN_FIELDS[def.type];
  // "error" only changes messages, which the fast path never gives.
  if (!known || Object.keys(def).some((key) => key !== "type" && key !== "error" && !known.includes(key)))
    return notFast;
  switch (def.type) {
    case "object":
      return objectChecker(def);
    case "array": {
      const element = compile(def.element!);
      const checks = checksOf(def, lengthCheck);
      if (!checks) return notFast;
      return (value) => {
        if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return notFast();
        if (!passes(checks, value as never)) return notFast();
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) out[i] = element(value[i]);
        return out;
      };
    }
    case "string":
    case "number": {
      const type = def.type;
      const checks = checksOf(def, (check) => valueCheck(check, type));
      if (!checks) return notFast;
      return (value) =>
        typeof value === type &&
        (type === "string" || Number.isFinite(value)) &&
        passes(checks, value as never)
          ? value
          : notFast();
    }
    case "enum":
    case "literal": {
      const allowed = new Set(def.type === "enum" ? Object.values(def.entries!) : def.values);
      return (value) => (allowed.has(value) ? value : notFast());
    }
    case "nullable": {
      const inner = compile(def.innerType!);
      return (value) => (value === null ? null : inner(value));
    }
    case "optional": {
      const inner = compile(def.innerType!);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case "default": {
      const inner = compile(def.innerType!);
      // zod gives a copy of an array or object default, so no two outputs share it.
      return (value) => (value === undefined ? structuredClone(def.defaultValue) : inner(value));
    }
    default:
      return notFast;
  }
}

/**
 * `parse(value)` is zod's output for `value` when the schema accepts it unchanged, else null (then
 * ask zod). Never throws for any input.
 */
export function fastParser<S extends z.ZodType>(schema: S): (value: unknown) => z.output<S> | null {
  const checker = compile(schema as unknown as Schema);
  return (value) => {
    try {
      return checker(value) as z.output<S>;
    } catch {
      return null; // NOT_FAST, or a refinement that threw, or a stack overflow: zod reports it
    }
  };
}
