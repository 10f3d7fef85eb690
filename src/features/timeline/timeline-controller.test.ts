import { describe, expect, it } from "vitest";
import { isoToDayNumber as day } from "../../data/dates";
import {
  FULL_PLAY_MS,
  MAX_FRAME_MS,
  PlayController,
  dayAtFraction,
  dayToToken,
  fractionOfDay,
  nextChange,
  nextIn,
  nextYearEnd,
  previousChange,
  previousIn,
  stepYear,
} from "./timeline-controller";

const bounds = { startDay: day("2007-03-13"), endDay: day("2023-12-31") };
const changes = ["2007-03-13", "2010-05-19", "2013-01-31", "2016-08-29", "2023-01-11"].map(day);

describe("stepping over change dates", () => {
  it("finds the next and previous change, strictly after / before", () => {
    expect(nextChange(changes, day("2010-05-19"), bounds)).toBe(day("2013-01-31"));
    expect(nextChange(changes, day("2010-05-18"), bounds)).toBe(day("2010-05-19"));
    expect(previousChange(changes, day("2013-01-31"), bounds)).toBe(day("2010-05-19"));
    expect(previousChange(changes, day("2013-02-01"), bounds)).toBe(day("2013-01-31"));
  });

  it("falls back to the ends of the timeline when no change is left", () => {
    expect(nextChange(changes, day("2023-01-11"), bounds)).toBe(bounds.endDay);
    expect(nextChange(changes, bounds.endDay, bounds)).toBe(bounds.endDay);
    expect(previousChange(changes, bounds.startDay, bounds)).toBe(bounds.startDay);
    expect(nextChange([], day("2015-01-01"), bounds)).toBe(bounds.endDay);
  });

  it("reports no event beyond the last one (so the buttons can say so)", () => {
    expect(nextIn(changes, day("2023-01-11"), bounds)).toBeNull();
    expect(previousIn(changes, day("2007-03-13"), bounds)).toBeNull();
    expect(nextIn([day("2030-01-01")], day("2023-01-11"), bounds)).toBeNull();
  });

  it("steps whole years, clamped to the timeline", () => {
    expect(stepYear(day("2015-06-01"), 1, bounds)).toBe(day("2016-06-01"));
    expect(stepYear(day("2016-02-29"), 1, bounds)).toBe(day("2017-02-28"));
    expect(stepYear(day("2023-06-01"), 1, bounds)).toBe(bounds.endDay);
    expect(stepYear(day("2007-12-01"), -1, bounds)).toBe(bounds.startDay);
  });

  it("finds the next 31 December", () => {
    expect(nextYearEnd(day("2007-03-13"), bounds)).toBe(day("2007-12-31"));
    expect(nextYearEnd(day("2007-12-31"), bounds)).toBe(day("2008-12-31"));
    expect(nextYearEnd(day("2023-12-30"), { ...bounds, endDay: day("2023-06-30") })).toBe(day("2023-06-30"));
  });
});

describe("URL token and track position", () => {
  it('writes "latest" at the end, "earliest" at the start, ISO in between', () => {
    expect(dayToToken(bounds.endDay, bounds)).toBe("latest");
    expect(dayToToken(bounds.startDay, bounds)).toBe("earliest");
    expect(dayToToken(day("2022-01-06"), bounds)).toBe("2022-01-06");
    expect(dayToToken(day("2030-01-01"), bounds)).toBe("latest");
  });

  it("maps fractions of the track to days and back", () => {
    expect(dayAtFraction(0, bounds)).toBe(bounds.startDay);
    expect(dayAtFraction(1, bounds)).toBe(bounds.endDay);
    expect(dayAtFraction(-3, bounds)).toBe(bounds.startDay);
    expect(fractionOfDay(dayAtFraction(0.5, bounds), bounds)).toBeCloseTo(0.5, 3);
  });
});

describe("PlayController (fake clock)", () => {
  const span = bounds.endDay - bounds.startDay;

  /** Advances in 16 ms frames until `ms` have passed; returns the last frame. */
  function run(c: PlayController, from: number, ms: number) {
    let frame = c.advance(from);
    for (let t = from + 16; t <= from + ms && !frame.done; t += 16) frame = c.advance(t);
    return frame;
  }

  it("plays the whole timeline in about 20 s at 1× and lands exactly on the end", () => {
    const c = new PlayController(bounds, 1);
    expect(c.start(bounds.startDay, 0)).toBe(bounds.startDay);
    const half = run(c, 0, FULL_PLAY_MS / 2);
    expect(half.done).toBe(false);
    expect(half.day - bounds.startDay).toBeGreaterThan(span * 0.48);
    expect(half.day - bounds.startDay).toBeLessThan(span * 0.52);
    const end = run(c, FULL_PLAY_MS / 2, FULL_PLAY_MS / 2 + 100);
    expect(end).toEqual({ day: bounds.endDay, done: true });
    expect(c.playing).toBe(false);
    expect(c.advance(FULL_PLAY_MS + 500)).toEqual({ day: bounds.endDay, done: false });
  });

  it("days only move forward, frame after frame", () => {
    const c = new PlayController(bounds, 2);
    c.start(bounds.startDay, 0);
    let previous = bounds.startDay;
    for (let t = 16; c.playing; t += 16) {
      const { day: d } = c.advance(t);
      expect(d).toBeGreaterThanOrEqual(previous);
      previous = d;
    }
    expect(previous).toBe(bounds.endDay);
  });

  it.each([
    [0.5, 0.25],
    [1, 0.5],
    [2, 1],
  ] as const)("at %s× covers %s of the timeline in 10 s", (speed, share) => {
    const c = new PlayController(bounds, speed);
    c.start(bounds.startDay, 0);
    const frame = run(c, 0, 10_000);
    expect(fractionOfDay(frame.day, bounds)).toBeCloseTo(share, 1);
  });

  it("starts again from the beginning when started at the end", () => {
    const c = new PlayController(bounds);
    expect(c.start(bounds.endDay, 1_000)).toBe(bounds.startDay);
    expect(c.playing).toBe(true);
  });

  it("continues from the current day otherwise, and stops when asked", () => {
    const c = new PlayController(bounds);
    const from = day("2015-01-01");
    expect(c.start(from, 0)).toBe(from);
    expect(c.advance(16).day).toBeGreaterThan(from);
    c.stop();
    const stoppedAt = c.day;
    expect(c.advance(5_000)).toEqual({ day: stoppedAt, done: false });
  });

  it("does not leap ahead after a long pause between frames (hidden tab)", () => {
    const c = new PlayController(bounds);
    c.start(bounds.startDay, 0);
    const frame = c.advance(60_000);
    const maxDays = (span / FULL_PLAY_MS) * MAX_FRAME_MS;
    expect(frame.day - bounds.startDay).toBeLessThanOrEqual(Math.ceil(maxDays));
    expect(frame.done).toBe(false);
  });

  it("keeps the ground covered when the speed changes mid-play", () => {
    const c = new PlayController(bounds, 1);
    c.start(bounds.startDay, 0);
    run(c, 0, 4_000);
    const at = c.day;
    c.setSpeed(2, 4_000);
    const frame = run(c, 4_000, 4_000);
    const expected = at + (span / FULL_PLAY_MS) * 2 * 4_000;
    expect(Math.abs(frame.day - expected)).toBeLessThan(span * 0.01);
  });

  it("in stepped mode (reduced motion) jumps year end to year end, one step a second", () => {
    const c = new PlayController(bounds, 1, "stepped");
    c.start(bounds.endDay, 0);
    expect(run(c, 0, 900).day).toBe(bounds.startDay);
    expect(run(c, 900, 200).day).toBe(day("2007-12-31"));
    expect(run(c, 1_100, 1_000).day).toBe(day("2008-12-31"));
    const seen = new Set<number>();
    let t = 2_100;
    while (c.playing) {
      t += 100;
      seen.add(c.advance(t).day);
    }
    expect(c.day).toBe(bounds.endDay);
    // Only year ends are ever shown: no continuous motion.
    for (const d of seen) expect(new Date(d * 86_400_000).toISOString().slice(5)).toMatch(/^12-31/);
  });

  it("stepped mode at 2× takes a step every half second", () => {
    const c = new PlayController(bounds, 2, "stepped");
    c.start(bounds.startDay, 0);
    expect(run(c, 0, 1_010).day).toBe(day("2008-12-31"));
  });
});
