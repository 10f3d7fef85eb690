import { describe, expect, it } from "vitest";
import { NO_FILTER } from "../../data/active";
import { isoToDayNumber as day } from "../../data/dates";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { eventStops, eventsOn, timelineMarks, yearBars } from "./timeline-data";

const p = prepareDataset(makeFixture());

describe("yearBars", () => {
  it("counts agreements signed each year, leaving out those older than the timeline", () => {
    const bars = yearBars(p, NO_FILTER);
    expect(bars.map((b) => b.year)).toEqual(Array.from({ length: 17 }, (_, i) => 2007 + i));
    const count = (y: number) => bars.find((b) => b.year === y)!.count;
    // A (2007-03-13), C (2007-05 → 31 May); G (1951) is not new.
    expect(count(2007)).toBe(2);
    expect(count(2010)).toBe(1);
    expect(count(2013)).toBe(0);
    expect(count(2023)).toBe(1);
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(6);
  });

  it("counts by entry into force under that basis", () => {
    const bars = yearBars(p, { ...NO_FILTER, basis: "in-force" });
    const count = (y: number) => bars.find((b) => b.year === y)!.count;
    expect(count(2010)).toBe(0);
    expect(count(2013)).toBe(1); // B in force 2013-01-31
    expect(count(2023)).toBe(1); // F in force 2023-10-15
  });

  it("respects the kind and depth filter", () => {
    const bars = yearBars(p, { ...NO_FILTER, kinds: new Set(["logistics"]) });
    expect(bars.reduce((s, b) => s + b.count, 0)).toBe(2);
    expect(yearBars(p, { ...NO_FILTER, minDepth: 4 }).reduce((s, b) => s + b.count, 0)).toBe(1);
  });

  it("clips the first and last bars to the timeline so they line up with the track", () => {
    const bars = yearBars(p, NO_FILTER);
    expect(bars[0]!.fromDay).toBe(p.startDay);
    expect(bars[1]!.fromDay).toBe(day("2008-01-01"));
    expect(bars.at(-1)!.toDay).toBe(p.endDay);
  });
});

describe("timelineMarks", () => {
  it("marks agreement starts and events by day, sorted", () => {
    const marks = timelineMarks(p, NO_FILTER);
    expect(marks.map((m) => m.day)).toEqual(
      ["2007-03-13", "2007-05-31", "2010-05-19", "2016-08-29", "2017-11-12", "2020-11-03", "2023-01-11"].map(
        day,
      ),
    );
    const event = marks.find((m) => m.day === day("2020-11-03"))!;
    expect(event.events.map((e) => e.title)).toEqual(["Exercise"]);
    expect(event.agreements).toEqual([]);
  });

  it("moves agreement marks to entry into force under that basis", () => {
    const days = timelineMarks(p, { ...NO_FILTER, basis: "in-force" }).map((m) => m.day);
    expect(days).toContain(day("2013-01-31"));
    expect(days).not.toContain(day("2010-05-19"));
  });
});

describe("event stops", () => {
  it("are the event days, or every change date when the dataset has no events", () => {
    expect(eventStops(p)).toEqual([day("2020-11-03")]);
    const noEvents = prepareDataset({ ...makeFixture(), events: [] });
    expect(eventStops(noEvents)).toEqual(noEvents.changeDays);
    expect(eventsOn(p, day("2020-11-03"))).toHaveLength(1);
    expect(eventsOn(p, day("2020-11-04"))).toHaveLength(0);
  });
});
