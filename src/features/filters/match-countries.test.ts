import { describe, expect, it } from "vitest";
import { makeFixture } from "../../data/test-fixture";
import { matchCountries } from "./match-countries";

const countries = makeFixture().countries;
const names = (q: string) => matchCountries(countries, q).map((c) => c.name);

describe("matchCountries", () => {
  it("matches name prefixes first, then substrings", () => {
    expect(names("in")).toEqual(["India", "United Kingdom"]);
    expect(names("united")).toEqual(["United Kingdom", "United States"]);
  });
  it("matches an exact ISO code and ignores case and spaces", () => {
    expect(names(" jpn ")).toEqual(["Japan"]);
  });
  it("returns nothing for an empty query", () => {
    expect(names("")).toEqual([]);
  });
});
