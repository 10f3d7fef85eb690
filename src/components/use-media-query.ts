import { useCallback, useSyncExternalStore } from "react";

/** True while the CSS media query matches; follows it live (resizes, rotations, settings). */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window === "undefined" || !window.matchMedia) return () => {};
      const media = window.matchMedia(query);
      media.addEventListener("change", onChange);
      return () => media.removeEventListener("change", onChange);
    },
    [query],
  );
  const snapshot = () => typeof window !== "undefined" && !!window.matchMedia?.(query).matches;
  return useSyncExternalStore(subscribe, snapshot, () => false);
}

/**
 * Phones and tablets (portrait and landscape, up to a 1024 px tablet on its side): the filters move
 * into a drawer, panels become a full-width sheet and the header's actions fold into a menu. The
 * same width is the breakpoint of the matching CSS (styles.css, side-panel.css).
 */
export const COMPACT_QUERY = "(max-width: 1100px)";

export function useCompact(): boolean {
  return useMediaQuery(COMPACT_QUERY);
}
