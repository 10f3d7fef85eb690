import { useEffect, useMemo, useRef, type RefObject } from "react";

/**
 * The graph library keeps what was last under the pointer after a mouse leaves the canvas, so a
 * hover highlight would stay lit over the whole graph. This wraps the hover callback: a mouse
 * leaving `host` puts the highlight out, and coming back restores what the library still reports.
 * A finger lifting after a tap also "leaves"; that keeps its highlight, as the tap's tooltip stays.
 */
export function useHoverOut<T>(
  onHover: ((hovered: T | null) => void) | undefined,
  host: RefObject<HTMLElement | null>,
): ((hovered: T | null) => void) | undefined {
  const last = useRef<T | null>(null);
  const out = useRef(false);
  useEffect(() => {
    const el = host.current;
    if (!el || !onHover) return;
    const leave = (e: PointerEvent) => {
      if (e.pointerType === "touch") return;
      out.current = true;
      onHover(null);
    };
    const enter = () => {
      if (!out.current) return;
      out.current = false;
      onHover(last.current);
    };
    el.addEventListener("pointerleave", leave);
    el.addEventListener("pointerenter", enter);
    return () => {
      el.removeEventListener("pointerleave", leave);
      el.removeEventListener("pointerenter", enter);
    };
  }, [host, onHover]);
  return useMemo(
    () =>
      onHover &&
      ((hovered: T | null) => {
        last.current = hovered;
        if (!out.current) onHover(hovered);
      }),
    [onHover],
  );
}
