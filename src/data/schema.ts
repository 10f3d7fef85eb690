/**
 * The Lattice dataset format, version 1: the one source of truth. TypeScript types are inferred from
 * it, the JSON Schema in public/data/lattice.schema.json is generated from it, and the same
 * validation runs in the browser and in `npm run validate:data`. Documented in docs/data-format.md.
 */
import { z } from "zod";
import { isPartialDate } from "./dates";
import { AGREEMENT_KINDS, END_REASONS, EVENT_KINDS, SOURCE_TYPES } from "./kinds";

export const SCHEMA_VERSION = 1;

const text = (max: number) =>
  z.string().trim().min(1, "must not be empty").max(max, `longer than ${max} characters`);

/** The years a date may have: wide enough for any treaty on record, narrow enough to catch typos. */
export const YEAR_RANGE = { min: 1800, max: 2200 } as const;

const yearInRange = (text: string) => {
  const year = Number(text.slice(0, 4));
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
};

export const partialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, "must be YYYY-MM-DD, YYYY-MM or YYYY")
  .refine(yearInRange, `the year must be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`)
  // Passes out-of-range years, which the check above reports: one message per mistake.
  .refine(
    (text) => !yearInRange(text) || isPartialDate(text),
    "not a real date (use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)",
  )
  .meta({
    description: `YYYY-MM-DD; YYYY-MM or YYYY when only the month or year is known; years ${YEAR_RANGE.min}–${YEAR_RANGE.max}`,
  });

/** An optional date: absent and null both mean "none" (zod's output has null). */
const optionalDate = (description: string) =>
  partialDateSchema.nullable().default(null).meta({ description });

export const countryIdSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 3166-1 alpha-3 code (three capital letters)");

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase kebab-case (a-z, 0-9, -)")
  .max(80);

/**
 * Links of the most common shape, which the URL parser always accepts: http(s), a lowercase host of
 * letter-or-digit labels joined by single dots or hyphens and ending in a letters-only label (never
 * read as an IP address), and a path of unreserved characters. Recognising them without `new URL`
 * makes checking thousands of links cheap (docs/performance.md, Decisions: Validation).
 * schema.test.ts checks that every string of this shape parses.
 */
export const PLAIN_HTTP_URL = /^https?:\/\/[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]+(?:\/[\w.~/-]*)?$/;

export function isHttpUrl(value: string): boolean {
  if (PLAIN_HTTP_URL.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

export const httpUrlSchema = z.string().max(2000).refine(isHttpUrl, "must be an http(s) URL");

export const sourceSchema = z.strictObject({
  title: text(300),
  publisher: text(200),
  url: httpUrlSchema,
  type: z
    .enum(SOURCE_TYPES)
    .optional()
    .meta({ description: "official (government, treaty series), news, analysis (think tanks) or reference" }),
});

const certaintySchema = z
  .enum(["verified", "unverified"])
  .optional()
  .meta({ description: "unverified: a date or fact could not be confirmed; the note says what was" });

export const quoteSchema = z.strictObject({
  text: text(600),
  attribution: text(200),
  source: sourceSchema,
});

export const countrySchema = z.strictObject({
  id: countryIdSchema,
  name: text(100),
  region: text(60).meta({
    description:
      "Any label; East Asia, South Asia, Southeast Asia, Oceania, North America and Europe have fixed colours",
  }),
  quotes: z.array(quoteSchema).max(50).optional(),
});

export const groupSchema = z.strictObject({
  id: z.string().regex(/^[A-Z0-9-]{2,20}$/, "must be 2–20 capital letters, digits or -"),
  name: text(100),
  description: text(1000).optional(),
  members: z.array(countryIdSchema).min(2, "needs at least 2 members").max(300),
});

export const agreementSchema = z.strictObject({
  id: idSchema,
  title: text(300),
  kind: z.enum(AGREEMENT_KINDS),
  parties: z.array(countryIdSchema).min(2, "needs at least 2 parties").max(300),
  group: z
    .string()
    .nullable()
    .default(null)
    .meta({ description: "a group id: agreements sharing it hang off one hub" }),
  signed: partialDateSchema,
  inForce: optionalDate("entry into force; absent or null when unknown or on signature"),
  ended: optionalDate("when it stopped being in effect; absent or null while it lasts"),
  endReason: z
    .enum(END_REASONS)
    .optional()
    .meta({ description: "why it ended (requires ended); superseded needs supersededBy" }),
  supersededBy: idSchema.optional().meta({ description: "id of the agreement that replaced it" }),
  depth: z.number().int("must be a whole number").min(1, "must be 1–5").max(5, "must be 1–5").optional(),
  depthReason: text(500).optional(),
  summary: text(2000),
  note: text(2000).optional(),
  certainty: certaintySchema,
  sources: z.array(sourceSchema).min(1, "needs at least one source").max(30),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  title: text(300),
  date: partialDateSchema,
  kind: z.enum(EVENT_KINDS),
  parties: z.array(countryIdSchema).min(1, "needs at least 1 party").max(300),
  group: z.string().nullable().optional(),
  summary: text(2000),
  note: text(2000).optional(),
  certainty: certaintySchema,
  sources: z.array(sourceSchema).min(1, "needs at least one source").max(30),
});

export const storyStepSchema = z.strictObject({
  time: partialDateSchema,
  caption: text(400),
  focus: z.array(countryIdSchema).max(300).optional(),
  country: countryIdSchema.optional(),
  agreement: idSchema.optional(),
});

export const storySchema = z.strictObject({
  id: idSchema,
  title: text(200),
  description: text(1000).optional(),
  steps: z.array(storyStepSchema).min(1, "needs at least one step").max(100),
});

export const datasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  title: text(200),
  version: text(40).optional(),
  description: text(2000),
  updated: partialDateSchema,
  timeline: z.strictObject({ start: partialDateSchema, end: partialDateSchema }),
  countries: z.array(countrySchema).min(1, "needs at least one country").max(2000),
  groups: z.array(groupSchema).max(500).default([]),
  agreements: z.array(agreementSchema).max(100_000),
  events: z.array(eventSchema).max(20_000).default([]),
  stories: z.array(storySchema).max(50).optional(),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Group = z.infer<typeof groupSchema>;
export type Agreement = z.infer<typeof agreementSchema>;
export type LatticeEvent = z.infer<typeof eventSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
