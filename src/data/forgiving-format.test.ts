/**
 * The format as a person writing a dataset by hand meets it: optional fields may be left out, regions
 * are open labels, every problem comes in one pass, and messages say what to do.
 */
import { describe, expect, it } from "vitest";
import { makeFixture } from "./test-fixture";
import { nearestField } from "./shape-problems";
import { formatProblem, validateDataset } from "./validate";

function problemsOf(mutate: (d: any) => void): string[] {
  const d: any = makeFixture();
  mutate(d);
  const result = validateDataset(d);
  return result.ok ? [] : result.problems.map(formatProblem);
}

/** Five countries, six agreements, only the required fields: what issue 20's user wrote. */
function handWritten(): any {
  const source = [{ title: "Treaty text", publisher: "Ministry", url: "https://example.org/t" }];
  const agreement = (id: string, parties: string[], signed: string) => ({
    id,
    title: `Agreement ${id}`,
    kind: "declaration",
    parties,
    signed,
    summary: "A declaration.",
    sources: source,
  });
  return {
    schemaVersion: 1,
    title: "Hand-written",
    description: "Written from docs/data-format.md",
    updated: "2026-12-01",
    timeline: { start: "2000", end: "2024" },
    countries: [
      { id: "NGA", name: "Nigeria", region: "West Africa" },
      { id: "GHA", name: "Ghana", region: "West Africa" },
      { id: "KEN", name: "Kenya", region: "East Africa" },
      { id: "BRA", name: "Brazil", region: "South America" },
      { id: "FRA", name: "France", region: "Europe" },
    ],
    agreements: [
      agreement("a1", ["NGA", "GHA"], "2001"),
      agreement("a2", ["NGA", "KEN"], "2005-06"),
      agreement("a3", ["GHA", "BRA"], "2010-01-02"),
      agreement("a4", ["FRA", "NGA"], "2012"),
      agreement("a5", ["FRA", "KEN", "BRA"], "2015"),
      agreement("a6", ["BRA", "KEN"], "2020-03"),
    ],
  };
}

describe("a hand-written dataset", () => {
  it("opens with optional fields omitted and regions of its own", () => {
    const result = validateDataset(handWritten());
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
    if (!result.ok) return;
    const first = result.dataset.agreements[0]!;
    expect([first.group, first.inForce, first.ended]).toEqual([null, null, null]);
    expect(first.depth).toBeUndefined();
    expect(result.dataset.groups).toEqual([]);
    expect(result.dataset.countries.map((c) => c.region)).toContain("South America");
  });

  it("refuses an empty region and says so plainly", () => {
    expect(problemsOf((d) => (d.countries[0].region = " "))).toEqual([
      "countries[0].region: must not be empty",
    ]);
  });

  it("states the year range", () => {
    expect(problemsOf((d) => (d.agreements[0].signed = "1700-01-01"))).toEqual([
      "agreements[0].signed: the year must be between 1800 and 2200",
    ]);
  });
});

describe("problems in one pass", () => {
  it("lists shape and semantic problems together, in file order", () => {
    const problems = problemsOf((d) => {
      d.agreements[0].signed = "2023-02-30";
      d.agreements[1].parties[1] = "XYZ";
      d.countries[1].region = 7;
    });
    expect(problems).toEqual([
      "countries[1].region: must be text, not the number 7",
      "agreements[0].signed: not a real date (use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)",
      'agreements[1].parties[1]: unknown country "XYZ"',
    ]);
  });

  it("names an unknown party of a record that has a shape problem too", () => {
    const problems = problemsOf((d) => {
      d.agreements[1].signed = "2010-02-30";
      d.agreements[1].parties[1] = "XYZ";
      d.groups[0].members.push("QQQ");
    });
    expect(problems).toEqual([
      'groups[0].members[4]: unknown country "QQQ"',
      "agreements[1].signed: not a real date (use YYYY-MM-DD, or YYYY-MM / YYYY when only that is known)",
      'agreements[1].parties[1]: unknown country "XYZ"',
    ]);
  });

  it("does not call a reference unknown when the record it names has its own problem", () => {
    const problems = problemsOf((d) => {
      d.countries[0].name = "";
      d.agreements[0].parties = ["AUS", "JPN"];
    });
    expect(problems).toEqual(["countries[0].name: must not be empty"]);
  });

  it("still checks references when a whole list is malformed", () => {
    const problems = problemsOf((d) => {
      d.groups = "none";
      d.agreements[0].parties[0] = "XYZ";
    });
    expect(problems).toEqual([
      'groups: must be a list ([…]), not the text "none"',
      'agreements[0].parties[0]: unknown country "XYZ"',
      'agreements[2].group: unknown group "QUAD"',
      'agreements[3].group: unknown group "QUAD"',
      'events[0].group: unknown group "QUAD"',
    ]);
  });
});

describe("messages in plain words", () => {
  it("never says 'is required' for an optional field", () => {
    const problems = problemsOf((d) => {
      for (const a of d.agreements) {
        delete a.inForce;
        delete a.ended;
        delete a.group;
        delete a.depth;
      }
      delete d.groups;
      delete d.events;
      delete d.stories;
    });
    // Only consequences remain (the fixture's agreements set depths without reasons are gone too).
    expect(problems.filter((p) => /required|missing/.test(p))).toEqual([]);
  });

  it("says what a missing required field belongs to", () => {
    expect(problemsOf((d) => delete d.agreements[2].title)).toEqual([
      'agreements[2].title: missing: every agreement needs "title"',
    ]);
    expect(problemsOf((d) => delete d.timeline.end)).toEqual([
      'timeline.end: missing: the timeline needs "end"',
    ]);
    expect(problemsOf((d) => delete d.description)).toEqual([
      'description: missing: the dataset needs "description"',
    ]);
  });

  it("names the allowed values of a closed list", () => {
    expect(problemsOf((d) => (d.agreements[0].kind = "pact"))).toEqual([
      'agreements[0].kind: is the text "pact": use one of alliance, access, technology, equipment, information, logistics, declaration, dialogue',
    ]);
  });

  it("says a nullable field also takes null", () => {
    expect(problemsOf((d) => (d.agreements[0].inForce = 2008))).toEqual([
      "agreements[0].inForce: must be text or null, not the number 2008",
    ]);
  });

  it("keeps unknown fields as errors, with a hint when one is near", () => {
    expect(
      problemsOf((d) => {
        d.agreements[0].inforce = "2008";
        d.agreements[1].in_force = "2014";
        d.countries[0].colour = "red";
      }),
    ).toEqual([
      'countries[0]: unknown field "colour": remove it, or check the spelling in docs/data-format.md',
      'agreements[0]: unknown field "inforce": did you mean "inForce"?',
      'agreements[1]: unknown field "in_force": did you mean "inForce"?',
    ]);
  });

  it("suggests only near fields", () => {
    const fields = ["id", "title", "kind", "parties", "inForce", "ended", "summary", "sources"];
    expect(nearestField("titel", fields)).toBe("title");
    expect(nearestField("Sources", fields)).toBe("sources");
    expect(nearestField("party", fields)).toBe("parties");
    expect(nearestField("foo", fields)).toBe(null);
    expect(nearestField("colour", fields)).toBe(null);
  });
});
