/**
 * Pure decisions for presentation-mode keys, so they are unit-tested without a browser. The keys are
 * the presenter's habits (slide clickers send PageDown/PageUp, some Space or the arrows): forward and
 * back step through the story when one is running, otherwise through the dataset's events; Home/End
 * go to the first/last step or event; B blacks the screen; F toggles full screen.
 */
export type PresentAction =
  | { type: "leave" }
  | { type: "step"; step: number }
  | { type: "day"; day: number }
  | { type: "blackout" }
  | { type: "fullscreen" }
  | { type: "none" };

const FORWARD = new Set(["ArrowRight", "PageDown", " "]);
const BACK = new Set(["ArrowLeft", "PageUp"]);

export function presentKeyAction(
  key: string,
  ctx: { storySteps: number | null; step: number; day: number; eventDays: readonly number[] },
): PresentAction {
  if (key === "Escape") return { type: "leave" };
  if (key === "b" || key === "B") return { type: "blackout" };
  if (key === "f" || key === "F") return { type: "fullscreen" };
  const first = key === "Home";
  const last = key === "End";
  const forward = FORWARD.has(key);
  if (!forward && !BACK.has(key) && !first && !last) return { type: "none" };
  if (ctx.storySteps !== null) {
    const step = first
      ? 1
      : last
        ? ctx.storySteps
        : Math.min(Math.max(ctx.step + (forward ? 1 : -1), 1), ctx.storySteps);
    return step === ctx.step ? { type: "none" } : { type: "step", step };
  }
  // Without a story, Space keeps its dashboard meaning (play/pause).
  if (key === " ") return { type: "none" };
  const days = ctx.eventDays;
  const next = first
    ? days[0]
    : last
      ? days[days.length - 1]
      : forward
        ? days.find((d) => d > ctx.day)
        : [...days].reverse().find((d) => d < ctx.day);
  return next === undefined || next === ctx.day ? { type: "none" } : { type: "day", day: next };
}
