import { useLayoutEffect, useState, type RefObject } from "react";

export interface Size {
  width: number;
  height: number;
}

function sizeOf(width: number, height: number): Size {
  return { width: Math.floor(width), height: Math.floor(height) };
}

/**
 * The element's content size in whole CSS pixels, kept current by a ResizeObserver. Measured once
 * synchronously when mounted, so what depends on the size (the graph's canvas, the timeline's ticks)
 * is made in the same commit, before the first paint, rather than a frame later when the observer
 * first reports.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | null {
  const [size, setSize] = useState<Size | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = (next: Size) =>
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    const style = getComputedStyle(el);
    const padX = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) || 0;
    const padY = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) || 0;
    update(sizeOf(Math.max(0, el.clientWidth - padX), Math.max(0, el.clientHeight - padY)));
    const observer = new ResizeObserver(([entry]) => {
      if (entry) update(sizeOf(entry.contentRect.width, entry.contentRect.height));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
