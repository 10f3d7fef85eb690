/**
 * Pure decisions for presentation-mode keys, so they are unit-tested without a browser:
 * ←/→ step through the story when one is running, otherwise through the dataset's events.
 */
export type PresentAction =
  { type: "leave" } | { type: "step"; step: number } | { type: "day"; day: number } | { type: "none" };

export function presentKeyAction(
  key: string,
  ctx: { storySteps: number | null; step: number; day: number; eventDays: readonly number[] },
): PresentAction {
  if (key === "Escape") return { type: "leave" };
  if (key !== "ArrowLeft" && key !== "ArrowRight") return { type: "none" };
  const forward = key === "ArrowRight";
  if (ctx.storySteps !== null) {
    const step = Math.min(Math.max(ctx.step + (forward ? 1 : -1), 1), ctx.storySteps);
    return step === ctx.step ? { type: "none" } : { type: "step", step };
  }
  const next = forward
    ? ctx.eventDays.find((d) => d > ctx.day)
    : [...ctx.eventDays].reverse().find((d) => d < ctx.day);
  return next === undefined ? { type: "none" } : { type: "day", day: next };
}
