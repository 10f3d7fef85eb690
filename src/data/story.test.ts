import { describe, expect, it } from "vitest";
import { findStory, storyStepView } from "./story";
import { makeFixture } from "./test-fixture";

const dataset = makeFixture();

describe("stories", () => {
  it("finds a story by id", () => {
    expect(findStory(dataset, "s")?.title).toBe("Story");
    expect(findStory(dataset, "nope")).toBeNull();
    expect(findStory(dataset, null)).toBeNull();
  });
  it("turns a step into the view it shows", () => {
    const story = findStory(dataset, "s")!;
    expect(storyStepView(story, 1)).toEqual({
      story: "s",
      step: 1,
      time: "2007-03-13",
      focus: ["AUS", "JPN"],
      country: null,
      agreement: "a",
      compareFrom: null,
    });
    expect(storyStepView(story, 2)).toMatchObject({ step: 2, country: "IND", agreement: null, focus: [] });
  });
  it("clamps the step to the story", () => {
    const story = findStory(dataset, "s")!;
    expect(storyStepView(story, 9).step).toBe(2);
    expect(storyStepView(story, 0).step).toBe(1);
  });
});
