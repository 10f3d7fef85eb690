/** Every keyboard shortcut, listed once: the help dialog renders this table. */
export const SHORTCUTS: { keys: string; where: string; action: string }[] = [
  { keys: "?", where: "anywhere", action: "Show this list of shortcuts" },
  { keys: "Space or P", where: "anywhere but a text field", action: "Play / pause the timeline" },
  { keys: "← / →", where: "timeline slider", action: "Previous / next date on which something changes" },
  { keys: "Page Up / Page Down", where: "timeline slider", action: "One year later / earlier" },
  { keys: "Home / End", where: "timeline slider", action: "Start / end of the timeline" },
  {
    keys: "F",
    where: "anywhere but a text field",
    action: "Enter presentation mode; in it, full screen on / off",
  },
  {
    keys: "← / →, PageUp / PageDown",
    where: "presentation mode",
    action: "Previous / next story step, or event (Space: next step)",
  },
  { keys: "Home / End", where: "presentation mode", action: "First / last story step, or event" },
  { keys: "B", where: "presentation mode", action: "Black screen; any key brings the picture back" },
  { keys: "Escape", where: "presentation mode", action: "Leave presentation mode" },
  { keys: "Escape", where: "side panel", action: "Close the panel" },
  { keys: "← / → / Home / End", where: "tabs", action: "Switch between Graph, Table and Insights" },
  { keys: "↓ / ↑, Enter, Escape", where: "Find country", action: "Move through matches, select, close" },
];

/** True when a key press should be left to the element that has focus (typing, choosing). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable;
}
