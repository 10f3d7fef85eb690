/**
 * The one validation path for every dataset: zod for shape, then semantic checks that a schema
 * cannot express (unknown ids, date order, duplicates). Used by the app at runtime and by
 * `npm run validate:data`. All problems are reported at once, each as `path: message`.
 */
import { shapeProblems } from "./shape-problems";
import { earliestDayNumber, latestDayNumber } from "./dates";
import { KIND_INFO } from "./kinds";
import { lifecycleProblems } from "./lifecycle";
import type { Problem } from "./problems";
import {
  SCHEMA_VERSION,
  agreementSchema,
  countrySchema,
  datasetSchema,
  eventSchema,
  groupSchema,
  storySchema,
  type Dataset,
} from "./schema";

export { formatPath, formatProblem, type Problem } from "./problems";

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Enough for any real repair session; the panel shows 50 and offers the whole list as a file. */
const MAX_PROBLEMS = 5000;

/** The record lists checked one record at a time when the whole does not parse. */
const PARTS = {
  countries: countrySchema,
  groups: groupSchema,
  agreements: agreementSchema,
  events: eventSchema,
  stories: storySchema,
} as const;
type Part = keyof typeof PARTS;
const PART_ORDER = Object.keys(datasetSchema.shape);

/** What the semantic rules read: a dataset, or the parts of one that parsed (lists with holes). */
export type SemanticInput = Omit<Dataset, "timeline" | "stories"> & {
  timeline?: Dataset["timeline"];
  stories?: Dataset["stories"];
};

/** Ids of records that did not parse: references to them are not reported as unknown. */
export type UnparsedIds = Record<"countries" | "groups" | "agreements", ReadonlySet<string>>;

const NONE: UnparsedIds = { countries: new Set(), groups: new Set(), agreements: new Set() };

/**
 * The records of a dataset that parse on their own, at their own indices (the lists have holes where
 * a record did not), so the semantic rules can run beside the shape problems: one pass, every problem.
 */
function parsedParts(raw: Record<string, unknown>): { data: SemanticInput; unparsed: UnparsedIds } {
  const lists = {} as Record<Part, unknown[]>;
  const unparsed = { countries: new Set<string>(), groups: new Set<string>(), agreements: new Set<string>() };
  for (const part of Object.keys(PARTS) as Part[]) {
    const schema = PARTS[part];
    const items = raw[part];
    const list: unknown[] = [];
    if (Array.isArray(items))
      items.forEach((item: unknown, i) => {
        const parsed = schema.safeParse(item);
        if (parsed.success) list[i] = parsed.data;
        else if (part in unparsed && typeof item === "object" && item !== null) {
          const id = (item as { id?: unknown }).id;
          if (typeof id === "string") unparsed[part as keyof UnparsedIds].add(id);
        }
      });
    list.length = Array.isArray(items) ? items.length : 0;
    lists[part] = list;
  }
  const timeline = datasetSchema.shape.timeline.safeParse(raw.timeline);
  const data = {
    ...(lists as unknown as Pick<Dataset, Part>),
    timeline: timeline.success ? timeline.data : undefined,
  } as SemanticInput;
  return { data, unparsed };
}

const COUNTRY_CODE = /^[A-Z]{3}$/;

/**
 * Unknown countries among the parties (and group members) of records that did not parse: the one
 * reference check that needs nothing else of the record, so an agreement with an impossible date and
 * a party "XYZ" gets both problems in one pass. Codes of the wrong shape are shape problems already.
 */
function unknownPartiesOfUnparsed(raw: Record<string, unknown>, data: SemanticInput, unparsed: UnparsedIds) {
  const known = new Set<string>(unparsed.countries);
  data.countries.forEach((c) => known.add(c.id));
  const problems: Problem[] = [];
  const lists: [Part, "parties" | "members", readonly unknown[]][] = [
    ["groups", "members", data.groups],
    ["agreements", "parties", data.agreements],
    ["events", "parties", data.events],
  ];
  for (const [part, field, parsed] of lists) {
    const items = raw[part];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      if (i in parsed || typeof item !== "object" || item === null) return;
      const codes = (item as Record<string, unknown>)[field];
      if (!Array.isArray(codes)) return;
      codes.forEach((code: unknown, j) => {
        if (typeof code === "string" && COUNTRY_CODE.test(code) && !known.has(code))
          problems.push({ path: `${part}[${i}].${field}[${j}]`, message: `unknown country "${code}"` });
      });
    });
  }
  return problems;
}

/** Orders problems by where they are in the file: part, then record; same record keeps its order. */
function byPlace(a: Problem, b: Problem): number {
  const place = (p: Problem): [number, number] => {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?/.exec(p.path);
    const part = match ? PART_ORDER.indexOf(match[1]!) : -1;
    return [part === -1 ? -1 : part, match?.[2] ? Number(match[2]) : -1];
  };
  const [pa, ia] = place(a);
  const [pb, ib] = place(b);
  return pa - pb || ia - ib;
}

/** Semantic rules over a dataset whose shape is valid, or over the parts of one that parsed. */
export function semanticProblems(data: SemanticInput, unparsed: UnparsedIds = NONE): Problem[] {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const countryIds = new Set<string>();
  data.countries.forEach((c, i) => {
    if (countryIds.has(c.id)) add(`countries[${i}].id`, `duplicate country id "${c.id}"`);
    countryIds.add(c.id);
  });
  const knownCountry = (id: string) => countryIds.has(id) || unparsed.countries.has(id);

  const groupIds = new Set<string>();
  data.groups.forEach((g, i) => {
    if (groupIds.has(g.id)) add(`groups[${i}].id`, `duplicate group id "${g.id}"`);
    groupIds.add(g.id);
    g.members.forEach((m, j) => {
      if (!knownCountry(m)) add(`groups[${i}].members[${j}]`, `unknown country "${m}"`);
    });
  });
  const knownGroup = (id: string) => groupIds.has(id) || unparsed.groups.has(id);

  const checkParties = (path: string, parties: string[]) => {
    const seen = new Set<string>();
    parties.forEach((p, j) => {
      if (!knownCountry(p)) add(`${path}.parties[${j}]`, `unknown country "${p}"`);
      if (seen.has(p)) add(`${path}.parties[${j}]`, `"${p}" is listed twice`);
      seen.add(p);
    });
  };

  const recordIds = new Set<string>();
  const checkId = (path: string, id: string) => {
    if (recordIds.has(id)) add(`${path}.id`, `duplicate id "${id}"`);
    recordIds.add(id);
  };

  const agreementIds = new Set<string>();
  data.agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    checkId(path, a.id);
    agreementIds.add(a.id);
    checkParties(path, a.parties);
    if (a.group !== null && !knownGroup(a.group)) add(`${path}.group`, `unknown group "${a.group}"`);
    if (a.depth !== undefined && a.depth !== KIND_INFO[a.kind].defaultDepth && !a.depthReason)
      add(
        `${path}.depthReason`,
        `depth ${a.depth} differs from the ${a.kind} default (${KIND_INFO[a.kind].defaultDepth}): give the reason`,
      );
    // A partial date spans a period: order is broken only when no reading of the dates is ordered.
    if (
      a.inForce &&
      earliestDayNumber(a.inForce) < earliestDayNumber(a.signed) &&
      latestDayNumber(a.inForce) < earliestDayNumber(a.signed)
    )
      add(`${path}.inForce`, `in force (${a.inForce}) before signature (${a.signed})`);
    if (a.ended) {
      const start = a.inForce ?? a.signed;
      if (latestDayNumber(a.ended) < earliestDayNumber(start))
        add(`${path}.ended`, `ended (${a.ended}) before it began (${start})`);
    }
  });

  lifecycleProblems(data.agreements, add, unparsed.agreements);

  data.events.forEach((e, i) => {
    const path = `events[${i}]`;
    checkId(path, e.id);
    checkParties(path, e.parties);
    if (e.group && !knownGroup(e.group)) add(`${path}.group`, `unknown group "${e.group}"`);
  });

  const timeline = data.timeline;
  if (timeline && earliestDayNumber(timeline.end) < earliestDayNumber(timeline.start))
    add("timeline.end", `timeline ends (${timeline.end}) before it starts (${timeline.start})`);

  const storyIds = new Set<string>();
  (data.stories ?? []).forEach((story, i) => {
    if (storyIds.has(story.id)) add(`stories[${i}].id`, `duplicate story id "${story.id}"`);
    storyIds.add(story.id);
    story.steps.forEach((step, j) => {
      const path = `stories[${i}].steps[${j}]`;
      const day = latestDayNumber(step.time);
      if (timeline && (day < earliestDayNumber(timeline.start) || day > latestDayNumber(timeline.end)))
        add(`${path}.time`, `${step.time} is outside the timeline ${timeline.start} → ${timeline.end}`);
      if (step.country && !knownCountry(step.country))
        add(`${path}.country`, `unknown country "${step.country}"`);
      if (step.agreement && !agreementIds.has(step.agreement) && !unparsed.agreements.has(step.agreement))
        add(`${path}.agreement`, `unknown agreement "${step.agreement}"`);
      step.focus?.forEach((f, k) => {
        if (!knownCountry(f)) add(`${path}.focus[${k}]`, `unknown country "${f}"`);
      });
    });
  });
  return problems;
}

function capped(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: "(root)", message: `${rest.toLocaleString("en")} more problems not listed: fix these first` },
  ];
}

/** Validates parsed JSON of unknown shape. Never throws. */
export function validateDataset(raw: unknown): ValidationResult {
  try {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw))
      return { ok: false, problems: [{ path: "(root)", message: "must be a JSON object" }] };
    const version = (raw as Record<string, unknown>).schemaVersion;
    if (version !== SCHEMA_VERSION) {
      const message =
        version === undefined
          ? `missing: add "schemaVersion": ${SCHEMA_VERSION} (this Lattice reads version ${SCHEMA_VERSION})`
          : `unsupported version ${JSON.stringify(version).slice(0, 40)} (this Lattice reads version ${SCHEMA_VERSION})`;
      return { ok: false, problems: [{ path: "schemaVersion", message }] };
    }
    const parsed = datasetSchema.safeParse(raw);
    if (!parsed.success) {
      const { data, unparsed } = parsedParts(raw as Record<string, unknown>);
      const problems = [
        ...shapeProblems(parsed.error, raw, datasetSchema),
        ...semanticProblems(data, unparsed),
        ...unknownPartiesOfUnparsed(raw as Record<string, unknown>, data, unparsed),
      ];
      return { ok: false, problems: capped(problems.sort(byPlace)) };
    }
    const dataset = parsed.data;
    const problems = semanticProblems(dataset);
    if (problems.length > 0) return { ok: false, problems: capped(problems.sort(byPlace)) };
    return { ok: true, dataset };
  } catch (error) {
    // zod and our rules should not throw; if something exotic does (e.g. a stack overflow on absurd
    // nesting), it is still a problem with the input, not a crash.
    return { ok: false, problems: [{ path: "(root)", message: `could not be validated: ${String(error)}` }] };
  }
}

/** Parses JSON text then validates it; a syntax error is reported as a problem, not thrown. */
export function validateDatasetText(text: string): ValidationResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "(root)", message: `not valid JSON: ${detail}` }] };
  }
  return validateDataset(raw);
}
