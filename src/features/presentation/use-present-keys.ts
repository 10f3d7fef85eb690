import { useEffect } from "react";
import { dayNumberToIso } from "../../data/dates";
import type { PreparedDataset } from "../../data/prepare";
import { findStory } from "../../data/story";
import { resolveTimeDay } from "../../state/reconcile";
import { updateView, useViewStore } from "../../state/store";
import { useBlackout } from "./blackout";
import { presentKeyAction } from "./present-keys";
import { goToStep } from "./story-controls";

function isTypingOrSlider(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.getAttribute("role") === "slider") return true; // the slider has its own ←/→
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}

function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * `f` enters presentation mode anywhere; in presentation mode the presenter's keys (present-keys.ts).
 * Listens in the capture phase so that, with a story running, Space steps instead of playing.
 */
export function usePresentKeys(prepared: PreparedDataset): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const blackout = useBlackout.getState();
      if (blackout.on) {
        // Any key brings the picture back, and does nothing else.
        event.preventDefault();
        event.stopImmediatePropagation();
        if (!["Shift", "Control", "Alt", "Meta"].includes(event.key)) blackout.set(false);
        return;
      }
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingOrSlider(event.target)) return;
      const { view } = useViewStore.getState();
      if (!view.present) {
        if (event.key === "f" || event.key === "F") {
          event.preventDefault();
          updateView({ present: true }, "push");
        }
        return;
      }
      if (document.querySelector("dialog[open]")) return; // a dialog takes its keys for itself
      // Space on a focused button clicks it; stepping as well would take two steps.
      if (event.key === " " && event.target instanceof Element && event.target.closest("button, a[href]"))
        return;
      const story = findStory(prepared.dataset, view.story);
      const action = presentKeyAction(event.key, {
        storySteps: story ? story.steps.length : null,
        step: view.step,
        day: resolveTimeDay(view.time, prepared),
        eventDays: prepared.eventDays,
      });
      if (action.type === "none") return;
      event.preventDefault();
      event.stopImmediatePropagation();
      if (action.type === "leave") updateView({ present: false }, "push");
      else if (action.type === "blackout") blackout.set(true);
      else if (action.type === "fullscreen") toggleFullscreen();
      else if (action.type === "step" && story) goToStep(prepared, story.id, action.step);
      else if (action.type === "day") updateView({ time: dayNumberToIso(action.day) }, "push");
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [prepared]);
}
