import { describe, expect, it } from "vitest";
import { sceneWindow } from "./scene-layer";

describe("sceneWindow", () => {
  const days = Float64Array.from([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  const eventsIn = (from: number, to: number) => days.filter((d) => d > from && d <= to).length;

  it("contains the date and at most the budget of status changes, mostly ahead of the date", () => {
    for (const day of [0, 10, 15, 45, 55, 99, 100, 150]) {
      for (const budget of [1, 2, 4, 8]) {
        const { from, to } = sceneWindow(days, day, budget);
        expect(from).toBeLessThanOrEqual(day);
        expect(to).toBeGreaterThanOrEqual(day);
        expect(eventsIn(from, to)).toBeLessThanOrEqual(budget);
      }
    }
    const w = sceneWindow(days, 45, 4);
    expect(days.filter((d) => d > 45 && d <= w.to).length).toBe(3);
    expect(days.filter((d) => d > w.from && d <= 45).length).toBe(1);
  });

  it("is open-ended at the ends of the timeline", () => {
    expect(sceneWindow(days, 5, 4).from).toBe(-Infinity);
    expect(sceneWindow(days, 95, 4).to).toBe(Infinity);
  });
});
