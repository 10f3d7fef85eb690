import type { ReactNode } from "react";

export interface RevealEnd {
  /** The share of the row's width… */
  fraction: number;
  /** …plus this many CSS pixels: where the revealed part ends. */
  px: number;
}

/**
 * Shows its child, as wide as the row, only left of `end`. The window slides right as `end` grows
 * and the child slides back by as much, both by transforms on layers of their own: moving the end
 * repaints nothing, where a clip or a changed drawing would re-rasterise the whole child (the
 * timeline's ticks and event marks are the costliest paints of a frame of play).
 *
 * `overhang` (px) widens the window beyond both edges of the row, for strokes drawn past them.
 */
export function RevealWindow({
  end,
  overhang,
  children,
}: {
  end: RevealEnd;
  overhang: number;
  children: ReactNode;
}) {
  const o = overhang;
  const after = 1 - end.fraction;
  // The window is the row plus 2·o wide; its right edge must sit at end = fraction·row + px.
  const shift = `calc((100% - ${2 * o}px) * ${-after} + ${end.px - o}px)`;
  const back = `calc(100% * ${after} + ${o - end.px}px)`;
  return (
    <div className="reveal-window" style={{ left: -o, right: -o, transform: `translateX(${shift})` }}>
      <div className="reveal-window-content" style={{ left: o, right: o, transform: `translateX(${back})` }}>
        {children}
      </div>
    </div>
  );
}
