/**
 * A small hand-made dataset for unit tests. Its answers are worked out by hand in the tests, so keep
 * it small and change it only together with them.
 *
 *   A  AUS–JPN declaration   signed 2007-03-13                         (depth 1)
 *   B  AUS–JPN logistics     signed 2010-05-19, in force 2013-01-31    (depth 2)
 *   C  QUAD dialogue         signed 2007-05, ended 2008-02 (month precision)   group QUAD
 *   D  QUAD dialogue         signed 2017-11-12                          group QUAD
 *   E  IND–USA logistics     signed 2016-08-29 (in force unknown)      (depth 2)
 *   F  GBR–JPN access        signed 2023-01-11, in force 2023-10-15    (depth 4)
 *   G  AUS–USA alliance      signed 1951-09-01, in force 1952-04-29    (depth 5)
 */
import type { Dataset } from "./schema";

const src = () => [{ title: "Test source", publisher: "Test", url: "https://example.org/a" }];

export function makeFixture(): Dataset {
  return {
    schemaVersion: 1,
    title: "Fixture",
    description: "A tiny dataset for unit tests",
    updated: "2026-11-28",
    timeline: { start: "2007-03-13", end: "2023-12-31" },
    countries: [
      { id: "AUS", name: "Australia", region: "Oceania" },
      { id: "GBR", name: "United Kingdom", region: "Europe" },
      { id: "IND", name: "India", region: "South Asia" },
      { id: "JPN", name: "Japan", region: "East Asia" },
      { id: "USA", name: "United States", region: "North America" },
    ],
    groups: [{ id: "QUAD", name: "Quad", members: ["AUS", "IND", "JPN", "USA"] }],
    agreements: [
      agreement("a", "declaration", ["AUS", "JPN"], "2007-03-13", null, null, 1),
      agreement("b", "logistics", ["AUS", "JPN"], "2010-05-19", "2013-01-31", null, 2),
      {
        ...agreement("c", "dialogue", ["AUS", "IND", "JPN", "USA"], "2007-05", null, "2008-02", 1),
        group: "QUAD",
      },
      {
        ...agreement("d", "dialogue", ["AUS", "IND", "JPN", "USA"], "2017-11-12", null, null, 1),
        group: "QUAD",
      },
      agreement("e", "logistics", ["IND", "USA"], "2016-08-29", null, null, 2),
      agreement("f", "access", ["GBR", "JPN"], "2023-01-11", "2023-10-15", null, 4),
      agreement("g", "alliance", ["AUS", "USA"], "1951-09-01", "1952-04-29", null, 5),
    ],
    events: [
      {
        id: "ev-1",
        title: "Exercise",
        date: "2020-11-03",
        kind: "exercise",
        parties: ["AUS", "IND", "JPN", "USA"],
        group: "QUAD",
        summary: "An exercise",
        sources: src(),
      },
    ],
    stories: [
      {
        id: "s",
        title: "Story",
        steps: [
          { time: "2007-03-13", caption: "Start", focus: ["AUS", "JPN"], agreement: "a" },
          { time: "2017-11-12", caption: "Revival", country: "IND" },
        ],
      },
    ],
  };
}

function agreement(
  id: string,
  kind: Dataset["agreements"][number]["kind"],
  parties: string[],
  signed: string,
  inForce: string | null,
  ended: string | null,
  depth: number,
): Dataset["agreements"][number] {
  return {
    id,
    title: `Agreement ${id.toUpperCase()}`,
    kind,
    parties,
    group: null,
    signed,
    inForce,
    ended,
    depth,
    summary: "s",
    sources: src(),
  };
}
