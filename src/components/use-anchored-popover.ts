import { useId, useRef } from "react";

/** Puts a native popover under its button, right-aligned, at least 8 px inside the window. */
export function placeUnder(popover: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  Object.assign(popover.style, {
    position: "fixed",
    margin: "0",
    inset: "auto",
    top: `${Math.round(rect.bottom + 6)}px`,
    right: `${Math.max(8, Math.round(window.innerWidth - rect.right))}px`,
  });
}

/**
 * A button that opens a native popover (`popover="auto"`: Escape and a click outside close it, focus
 * returns to the button): the popover's id, refs for the button and the panel, and `place`, for the
 * button's onClick, which puts the panel under the button. Native popovers open in the top layer,
 * not next to their button, so they have to be placed.
 */
export function useAnchoredPopover() {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const place = () => {
    if (panel.current && button.current) placeUnder(panel.current, button.current);
  };
  return { id, button, panel, place };
}
