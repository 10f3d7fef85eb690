import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { makeFixture } from "./test-fixture";
import { formatProblem, validateDataset, validateDatasetText } from "./validate";
import { jsonSchemaText } from "./json-schema";

function problemsOf(mutate: (d: any) => void): string[] {
  const d: any = makeFixture();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("validateDataset", () => {
  it("accepts the hand-made fixture", () => {
    expect(validateDataset(makeFixture()).ok).toBe(true);
  });

  it("accepts the bundled dataset", () => {
    const result = validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8"));
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  it.each([
    [
      "unknown party",
      (d: any) => (d.agreements[0].parties[1] = "JNP"),
      'agreements[0].parties[1]: unknown country "JNP"',
    ],
    [
      "fewer than 2 parties",
      (d: any) => (d.agreements[0].parties = ["AUS"]),
      "agreements[0].parties: needs at least 2 parties",
    ],
    [
      "duplicate party",
      (d: any) => (d.agreements[0].parties = ["AUS", "AUS"]),
      'agreements[0].parties[1]: "AUS" is listed twice',
    ],
    ["duplicate id", (d: any) => (d.agreements[1].id = "a"), 'agreements[1].id: duplicate id "a"'],
    ["id shared by an event", (d: any) => (d.events[0].id = "a"), 'events[0].id: duplicate id "a"'],
    [
      "unknown group member",
      (d: any) => d.groups[0].members.push("XXX"),
      'groups[0].members[4]: unknown country "XXX"',
    ],
    [
      "unknown group",
      (d: any) => (d.agreements[0].group = "NATO"),
      'agreements[0].group: unknown group "NATO"',
    ],
    [
      "impossible date",
      (d: any) => (d.agreements[0].signed = "2023-02-30"),
      "agreements[0].signed: not a real date",
    ],
    [
      "malformed date",
      (d: any) => (d.agreements[0].signed = "13/03/2007"),
      "agreements[0].signed: must be YYYY-MM-DD, YYYY-MM or YYYY",
    ],
    [
      "in force before signature",
      (d: any) => (d.agreements[1].inForce = "2009-01-01"),
      "agreements[1].inForce: in force (2009-01-01) before signature (2010-05-19)",
    ],
    [
      "ended before start",
      (d: any) => (d.agreements[1].ended = "2012-01-01"),
      "agreements[1].ended: ended (2012-01-01) before it began (2013-01-31)",
    ],
    ["unknown kind", (d: any) => (d.agreements[0].kind = "pact"), "agreements[0].kind: "],
    ["depth out of range", (d: any) => (d.agreements[0].depth = 7), "agreements[0].depth: must be 1–5"],
    [
      "depth not whole",
      (d: any) => (d.agreements[0].depth = 2.5),
      "agreements[0].depth: must be a whole number",
    ],
    [
      "javascript: source",
      (d: any) =>
        (d.agreements[0].sources[0] = { ...d.agreements[0].sources[0], url: "javascript:alert(1)" }),
      "agreements[0].sources[0].url: must be an http(s) URL",
    ],
    [
      "no source",
      (d: any) => (d.agreements[0].sources = []),
      "agreements[0].sources: needs at least one source",
    ],
    [
      "timeline reversed",
      (d: any) => (d.timeline = { start: "2023-12-31", end: "2007-03-13" }),
      "timeline.end: timeline ends (2007-03-13) before it starts (2023-12-31)",
    ],
    ["unknown event kind", (d: any) => (d.events[0].kind = "party"), "events[0].kind: "],
    ["missing title", (d: any) => delete d.agreements[2].title, "agreements[2].title: "],
    [
      "unknown field",
      (d: any) => (d.agreements[0].inforce = "2008-01-01"),
      'agreements[0]: unknown field "inforce": did you mean "inForce"?',
    ],
    [
      "bad country id",
      (d: any) => (d.countries[0].id = "au"),
      "countries[0].id: must be an ISO 3166-1 alpha-3 code",
    ],
    [
      "story with unknown agreement",
      (d: any) => (d.stories[0].steps[0].agreement = "zzz"),
      'stories[0].steps[0].agreement: unknown agreement "zzz"',
    ],
    [
      "story step outside timeline",
      (d: any) => (d.stories[0].steps[0].time = "2030-01-01"),
      "stories[0].steps[0].time: 2030-01-01 is outside the timeline",
    ],
  ])("reports %s with its path", (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(
      problems.some((p) => p.startsWith(expected)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("reports every problem at once", () => {
    const problems = problemsOf((d) => {
      d.agreements[0].parties[1] = "JNP";
      d.agreements[1].parties[0] = "XYZ";
    });
    expect(problems).toHaveLength(2);
  });

  it("names an unsupported schema version", () => {
    const result = validateDataset({ ...makeFixture(), schemaVersion: 2 });
    expect(result.ok ? "" : formatProblem(result.problems[0]!)).toBe(
      "schemaVersion: unsupported version 2 (this Lattice reads version 1)",
    );
  });

  it("reports text that is not JSON, or JSON that is not an object", () => {
    const notJson = validateDatasetText("<html>");
    expect(notJson.ok ? "" : notJson.problems[0]!.message).toMatch(/^not valid JSON/);
    const array = validateDataset([1, 2]);
    expect(array.ok ? "" : formatProblem(array.problems[0]!)).toBe("(root): must be a JSON object");
  });

  it("accepts month and year precision, and partial dates that may be in order", () => {
    expect(problemsOf((d) => (d.agreements[1].inForce = "2010-05"))).toEqual([]);
    expect(problemsOf((d) => (d.agreements[1].inForce = "2010"))).toEqual([]);
  });
});

describe("published JSON Schema", () => {
  it("is generated from the zod schema and up to date (run `npm run schema:json`)", () => {
    expect(readFileSync("public/data/lattice.schema.json", "utf8")).toBe(jsonSchemaText());
  });
});
