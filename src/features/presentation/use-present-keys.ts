import { useEffect } from "react";
import { dayNumberToIso } from "../../data/dates";
import type { PreparedDataset } from "../../data/prepare";
import { findStory } from "../../data/story";
import { resolveTimeDay } from "../../state/reconcile";
import { updateView, useViewStore } from "../../state/store";
import { presentKeyAction } from "./present-keys";
import { goToStep } from "./story-controls";

function isTypingOrSlider(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.getAttribute("role") === "slider") return true; // the slider has its own ←/→
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

/** `f` enters/leaves presentation mode anywhere; in presentation mode, ←/→ and Escape (see present-keys.ts). */
export function usePresentKeys(prepared: PreparedDataset): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingOrSlider(event.target)) return;
      const { view } = useViewStore.getState();
      if (event.key === "f" || event.key === "F") {
        event.preventDefault();
        updateView({ present: !view.present }, "push");
        return;
      }
      if (!view.present) return;
      if (document.querySelector("dialog[open]")) return; // a dialog takes Escape for itself
      const story = findStory(prepared.dataset, view.story);
      const action = presentKeyAction(event.key, {
        storySteps: story ? story.steps.length : null,
        step: view.step,
        day: resolveTimeDay(view.time, prepared),
        eventDays: prepared.eventDays,
      });
      if (action.type === "none") return;
      event.preventDefault();
      if (action.type === "leave") updateView({ present: false }, "push");
      else if (action.type === "step" && story) goToStep(prepared, story.id, action.step);
      else if (action.type === "day") updateView({ time: dayNumberToIso(action.day) }, "push");
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [prepared]);
}
