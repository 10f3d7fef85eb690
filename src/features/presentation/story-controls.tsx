import type { PreparedDataset } from "../../data/prepare";
import { findStory, storyStepView } from "../../data/story";
import { updateView, useView } from "../../state/store";

export function goToStep(prepared: PreparedDataset, storyId: string, step: number) {
  const story = findStory(prepared.dataset, storyId);
  if (story) updateView(storyStepView(story, step), "push");
}

/** "Start story" when the dataset has one; while a story runs, its caption and step buttons. */
export function StoryControls({ prepared }: { prepared: PreparedDataset }) {
  const storyId = useView("story");
  const step = useView("step");
  const stories = prepared.dataset.stories ?? [];
  const story = findStory(prepared.dataset, storyId);
  if (stories.length === 0) return null;
  if (!story)
    return (
      <button type="button" className="start-story" onClick={() => goToStep(prepared, stories[0]!.id, 1)}>
        Start story
      </button>
    );
  const current = story.steps[step - 1];
  return (
    <section className="story-box" aria-label={`Story: ${story.title}`}>
      <p className="story-title">
        {story.title} · step {step} of {story.steps.length}
      </p>
      <p className="story-caption" aria-live="polite">
        {current?.caption}
      </p>
      <div className="story-buttons">
        <button type="button" disabled={step <= 1} onClick={() => goToStep(prepared, story.id, step - 1)}>
          Previous step
        </button>
        <button
          type="button"
          disabled={step >= story.steps.length}
          onClick={() => goToStep(prepared, story.id, step + 1)}
        >
          Next step
        </button>
        <button type="button" onClick={() => updateView({ story: null, step: 1 }, "push")}>
          End story
        </button>
      </div>
    </section>
  );
}
