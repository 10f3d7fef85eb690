import { useEffect, useEffectEvent } from "react";

/**
 * Elements where Space or "p" already mean something (typing, choosing, pressing): the timeline's
 * shortcut must not steal the key there. Space on a focused button still clicks the button.
 */
const OWNS_KEYS =
  'input, select, textarea, button, a[href], summary, [contenteditable=""], [contenteditable="true"], ' +
  '[role="button"], [role="textbox"], [role="searchbox"], [role="combobox"], [role="listbox"], ' +
  '[role="option"], [role="menuitem"], [role="radio"], [role="checkbox"], [role="switch"], [role="tab"]';

export function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_KEYS) !== null;
}

/** Space or P anywhere else on the page toggles playback. */
export function usePlayHotkey(toggle: () => void): void {
  const onToggle = useEffectEvent(toggle);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key !== " " && e.key !== "p" && e.key !== "P") return;
      if (ownsKeys(e.target)) return;
      e.preventDefault(); // Space would otherwise scroll the page
      onToggle();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
