import { describe, expect, it } from "vitest";
import { presentKeyAction } from "./present-keys";

const base = { storySteps: null, step: 1, day: 100, eventDays: [50, 100, 150, 200] };

describe("presentation keys", () => {
  it("Escape leaves", () => expect(presentKeyAction("Escape", base)).toEqual({ type: "leave" }));
  it("arrows and clicker keys move to the next / previous event when no story runs", () => {
    for (const key of ["ArrowRight", "PageDown"])
      expect(presentKeyAction(key, base)).toEqual({ type: "day", day: 150 });
    for (const key of ["ArrowLeft", "PageUp"])
      expect(presentKeyAction(key, base)).toEqual({ type: "day", day: 50 });
    expect(presentKeyAction("ArrowRight", { ...base, day: 200 })).toEqual({ type: "none" });
  });
  it("Home and End go to the first and last event", () => {
    expect(presentKeyAction("Home", base)).toEqual({ type: "day", day: 50 });
    expect(presentKeyAction("End", base)).toEqual({ type: "day", day: 200 });
  });
  it("Space is left to play/pause when no story runs", () =>
    expect(presentKeyAction(" ", base)).toEqual({ type: "none" }));
  it("arrows, Space and clicker keys step through a running story, clamped to its steps", () => {
    const story = { ...base, storySteps: 3, step: 2 };
    for (const key of ["ArrowRight", "PageDown", " "])
      expect(presentKeyAction(key, story)).toEqual({ type: "step", step: 3 });
    for (const key of ["ArrowLeft", "PageUp"])
      expect(presentKeyAction(key, story)).toEqual({ type: "step", step: 1 });
    expect(presentKeyAction("ArrowRight", { ...story, step: 3 })).toEqual({ type: "none" });
  });
  it("Home and End go to the first and last step", () => {
    const story = { ...base, storySteps: 5, step: 3 };
    expect(presentKeyAction("Home", story)).toEqual({ type: "step", step: 1 });
    expect(presentKeyAction("End", story)).toEqual({ type: "step", step: 5 });
  });
  it("B blacks the screen, F toggles full screen", () => {
    expect(presentKeyAction("b", base)).toEqual({ type: "blackout" });
    expect(presentKeyAction("F", base)).toEqual({ type: "fullscreen" });
  });
  it("other keys do nothing", () => expect(presentKeyAction("a", base)).toEqual({ type: "none" }));
});
