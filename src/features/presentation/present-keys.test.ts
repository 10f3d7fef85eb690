import { describe, expect, it } from "vitest";
import { presentKeyAction } from "./present-keys";

const base = { storySteps: null, step: 1, day: 100, eventDays: [50, 100, 150, 200] };

describe("presentation keys", () => {
  it("Escape leaves", () => expect(presentKeyAction("Escape", base)).toEqual({ type: "leave" }));
  it("arrows move to the next / previous event when no story runs", () => {
    expect(presentKeyAction("ArrowRight", base)).toEqual({ type: "day", day: 150 });
    expect(presentKeyAction("ArrowLeft", base)).toEqual({ type: "day", day: 50 });
    expect(presentKeyAction("ArrowRight", { ...base, day: 200 })).toEqual({ type: "none" });
  });
  it("arrows step through a running story, clamped to its steps", () => {
    const story = { ...base, storySteps: 3, step: 2 };
    expect(presentKeyAction("ArrowRight", story)).toEqual({ type: "step", step: 3 });
    expect(presentKeyAction("ArrowLeft", story)).toEqual({ type: "step", step: 1 });
    expect(presentKeyAction("ArrowRight", { ...story, step: 3 })).toEqual({ type: "none" });
  });
  it("other keys do nothing", () => expect(presentKeyAction("a", base)).toEqual({ type: "none" }));
});
