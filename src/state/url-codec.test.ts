import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AGREEMENT_KINDS } from "../data/kinds";
import { parseQuery, serializeQuery } from "./url-codec";
import { DEFAULT_VIEW, LABEL_CHOICES, TABS, THEMES, type ViewState } from "./view-state";

describe("URL codec", () => {
  it("writes nothing for the default view", () => {
    expect(serializeQuery(DEFAULT_VIEW)).toBe("");
    expect(parseQuery("")).toEqual({ state: DEFAULT_VIEW, problems: [] });
  });

  it("reads a full deep link", () => {
    const { state, problems } = parseQuery(
      "?time=2022-01-06&kinds=access~logistics&depth=2&basis=in-force&country=JPN&agreement=jpn-aus-raa&focus=AUS~IND~JPN~USA&tab=table",
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW,
      time: "2022-01-06",
      kinds: ["access", "logistics"],
      depth: 2,
      basis: "in-force",
      country: "JPN",
      agreement: "jpn-aus-raa",
      focus: ["AUS", "IND", "JPN", "USA"],
      tab: "table",
    });
  });

  it("reads a year as its 31 December, and keeps earliest/latest", () => {
    expect(parseQuery("time=2015").state.time).toBe("2015-12-31");
    expect(parseQuery("time=earliest").state.time).toBe("earliest");
    expect(serializeQuery(parseQuery("time=latest").state)).toBe("");
  });

  it("reads and writes a comparison range", () => {
    const { state } = parseQuery("time=2017-01-01..2023-12-31");
    expect([state.compareFrom, state.time]).toEqual(["2017-01-01", "2023-12-31"]);
    expect(serializeQuery(state)).toBe("?time=2017-01-01..2023-12-31");
  });

  it("keeps the known kinds of a list with unknown ones, and names what it ignored", () => {
    const { state, problems } = parseQuery("kinds=foo~access");
    expect(state.kinds).toEqual(["access"]);
    expect(problems).toEqual([{ param: "kinds", value: "foo", reason: "unknown kind; kept access" }]);
  });

  it("reads and writes the presentation theme and the label choice, defaults unwritten", () => {
    expect(parseQuery("theme=light&labels=codes").state).toEqual({
      ...DEFAULT_VIEW,
      theme: "light",
      labels: "codes",
    });
    expect(serializeQuery({ ...DEFAULT_VIEW, theme: "light", labels: "codes" })).toBe(
      "?theme=light&labels=codes",
    );
    expect(serializeQuery({ ...DEFAULT_VIEW, theme: "dark", labels: "names" })).toBe("");
  });

  it("lists kinds in canonical order and writes all kinds as the default", () => {
    expect(parseQuery("kinds=logistics~access").state.kinds).toEqual(["access", "logistics"]);
    expect(parseQuery(`kinds=${AGREEMENT_KINDS.join("~")}`).state.kinds).toBeNull();
    expect(serializeQuery({ ...DEFAULT_VIEW, kinds: [] })).toBe("?kinds=none");
    expect(parseQuery("kinds=none").state.kinds).toEqual([]);
  });

  it.each([
    ["time=2023-02-30", "time"],
    ["time=yesterday", "time"],
    ["depth=9", "depth"],
    ["basis=ratified", "basis"],
    ["country=japan", "country"],
    ["kinds=pacts~treaties", "kinds"],
    ["theme=sepia", "theme"],
    ["labels=short", "labels"],
    ["tab=map", "tab"],
    ["data=javascript:alert(1)", "data"],
    ["data=//evil.example/x.json", "data"],
    ["zoom=3", "zoom"],
    ["measure=weight", "measure"],
    ["declarations=no", "declarations"],
    ["pair=AUS", "pair"],
    ["pair=AUS~AUS", "pair"],
    ["pair=AUS~JPN~IND", "pair"],
  ])("drops %s with a reason, keeping the default", (query, param) => {
    const { state, problems } = parseQuery(query);
    expect(problems.map((p) => p.param)).toEqual([param]);
    expect(problems[0]!.reason.length).toBeGreaterThan(3);
    expect(state).toEqual(DEFAULT_VIEW);
  });

  it("keeps valid params when others are invalid", () => {
    const { state, problems } = parseQuery("depth=0&country=IND");
    expect(state.country).toBe("IND");
    expect(problems).toHaveLength(1);
  });

  it("reads the Insights settings and a pair in code order", () => {
    const { state, problems } = parseQuery("measure=depth&declarations=exclude&pair=JPN~AUS");
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...DEFAULT_VIEW, measure: "depth", declarations: false, pair: ["AUS", "JPN"] });
    expect(serializeQuery(state)).toBe("?measure=depth&declarations=exclude&pair=AUS~JPN");
    expect(serializeQuery(parseQuery("measure=count&declarations=include").state)).toBe("");
  });

  it("drops a step without a story", () => {
    expect(parseQuery("step=3").state.step).toBe(1);
    expect(serializeQuery({ ...DEFAULT_VIEW, step: 3 })).toBe("");
  });

  const dateArb = fc
    .date({
      min: new Date("2007-03-13T00:00:00Z"),
      max: new Date("2023-12-31T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));
  const stateArb: fc.Arbitrary<ViewState> = fc.record({
    time: fc.oneof(fc.constant("latest"), fc.constant("earliest"), dateArb),
    compareFrom: fc.option(dateArb, { nil: null }),
    kinds: fc.option(
      fc.subarray([...AGREEMENT_KINDS], { minLength: 0, maxLength: AGREEMENT_KINDS.length - 1 }),
      { nil: null },
    ),
    depth: fc.integer({ min: 1, max: 5 }),
    basis: fc.constantFrom("signed" as const, "in-force" as const),
    country: fc.option(fc.constantFrom("JPN", "IND", "AUS", "USA", "GBR"), { nil: null }),
    agreement: fc.option(fc.constantFrom("jpn-gbr-raa", "aukus-2021", "a"), { nil: null }),
    focus: fc.uniqueArray(fc.constantFrom("JPN", "IND", "AUS", "USA"), { maxLength: 4 }),
    tab: fc.constantFrom(...TABS),
    present: fc.boolean(),
    story: fc.option(fc.constantFrom("quad-outpaced"), { nil: null }),
    step: fc.integer({ min: 1, max: 12 }),
    data: fc.option(fc.constantFrom("data/x.json", "https://example.org/d.json?a=1&b=2"), { nil: null }),
    measure: fc.constantFrom("count" as const, "depth" as const),
    declarations: fc.boolean(),
    pair: fc.option(
      fc
        .uniqueArray(fc.constantFrom("JPN", "IND", "AUS", "USA", "GBR"), { minLength: 2, maxLength: 2 })
        .map((ids) => [...ids].sort() as [string, string]),
      { nil: null },
    ),
    theme: fc.constantFrom(...THEMES),
    labels: fc.constantFrom(...LABEL_CHOICES),
  });

  it("round-trips any valid state (property)", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const normalised = { ...state, step: state.story === null ? 1 : state.step };
        const { state: back, problems } = parseQuery(serializeQuery(normalised));
        expect(problems).toEqual([]);
        expect(back).toEqual(normalised);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it("never throws on random query strings, and is stable after one round-trip (10,000 cases)", () => {
    const pieces = [
      "time",
      "kinds",
      "depth",
      "country",
      "focus",
      "tab",
      "data",
      "pair",
      "measure",
      "declarations",
      "exclude",
      "theme",
      "light",
      "labels",
      "codes",
      "depth",
      "AUS~JPN",
      "=",
      "&",
      "~",
      "..",
      "%",
      "%E0%A4%A",
      "2023-01-01",
      "JPN",
      "__proto__",
      "constructor",
      "1",
      "?",
      "#",
    ];
    const queryArb = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(fc.constantFrom(...pieces), { maxLength: 20 }).map((a) => a.join("")),
    );
    fc.assert(
      fc.property(queryArb, (query) => {
        const once = serializeQuery(parseQuery(query).state);
        expect(serializeQuery(parseQuery(once).state)).toBe(once);
      }),
      { numRuns: 10_000, seed: 42 },
    );
  });
});
