/**
 * Stories: guided steps through a dataset. A step fixes the date, the focus and the open panel; the
 * view a step produces is derived here so the URL `story=id&step=N` always shows the same picture.
 */
import type { Dataset, Story } from "./schema";

export interface StoryStepView {
  story: string;
  step: number;
  time: string;
  focus: string[];
  country: string | null;
  agreement: string | null;
  compareFrom: null;
}

export function findStory(dataset: Dataset, id: string | null): Story | null {
  if (!id) return null;
  return dataset.stories?.find((s) => s.id === id) ?? null;
}

/** The view for step `step` (1-based, clamped to the story's steps). */
export function storyStepView(story: Story, step: number): StoryStepView {
  const index = Math.min(Math.max(step, 1), story.steps.length) - 1;
  const s = story.steps[index]!;
  return {
    story: story.id,
    step: index + 1,
    time: toDay(s.time),
    focus: [...(s.focus ?? [])].sort(),
    country: s.country ?? null,
    agreement: s.country ? null : (s.agreement ?? null),
    compareFrom: null,
  };
}

/** A step's time may be partial ("2008-02"); the timeline shows its last day, as everywhere else. */
function toDay(time: string): string {
  if (time.length === 10) return time;
  if (time.length === 7) {
    const [y, m] = time.split("-").map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${time}-12-31`;
}
