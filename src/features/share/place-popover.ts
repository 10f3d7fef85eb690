/**
 * Puts a native popover (top layer) just under the control that opened it, right-aligned with it and
 * kept inside the window. Native popovers bring Escape, light dismiss and focus return for free.
 */
export function placePopover(popover: HTMLElement, anchor: HTMLElement): void {
  const rect = anchor.getBoundingClientRect();
  popover.style.position = "fixed";
  popover.style.margin = "0";
  popover.style.inset = "auto";
  popover.style.top = `${Math.round(rect.bottom + 6)}px`;
  popover.style.right = `${Math.max(8, Math.round(window.innerWidth - rect.right))}px`;
}
