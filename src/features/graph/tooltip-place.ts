/**
 * Where a tooltip goes: next to what is hovered, never on it, and inside the visible area. The
 * library puts its tooltip just below the pointer, which hides a large or zoomed-in node and, near
 * an edge, runs off screen.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Space between the tooltip and what it describes, in CSS pixels. */
const GAP = 8;

/**
 * The tooltip's top-left corner, in the same coordinates as `avoid` and `bounds`. It tries below,
 * above, right and left of `avoid` (the hovered node and the pointer), the first that fits inside
 * `bounds`; if none does, the side with the most room, clamped inside `bounds`.
 */
export function placeTooltip(
  avoid: Box,
  size: { width: number; height: number },
  bounds: Box,
): { left: number; top: number } {
  const { width: w, height: h } = size;
  const clampX = (x: number) => Math.max(bounds.left, Math.min(x, bounds.right - w));
  const clampY = (y: number) => Math.max(bounds.top, Math.min(y, bounds.bottom - h));
  const midX = (avoid.left + avoid.right) / 2;
  const midY = (avoid.top + avoid.bottom) / 2;
  const sides = [
    {
      room: bounds.bottom - avoid.bottom - GAP,
      need: h,
      at: { left: clampX(midX - w / 2), top: avoid.bottom + GAP },
    },
    {
      room: avoid.top - GAP - bounds.top,
      need: h,
      at: { left: clampX(midX - w / 2), top: avoid.top - GAP - h },
    },
    {
      room: bounds.right - avoid.right - GAP,
      need: w,
      at: { left: avoid.right + GAP, top: clampY(midY - h / 2) },
    },
    {
      room: avoid.left - GAP - bounds.left,
      need: w,
      at: { left: avoid.left - GAP - w, top: clampY(midY - h / 2) },
    },
  ];
  const fits = sides.find((s) => s.room >= s.need);
  if (fits) return fits.at;
  const best = sides.reduce((a, b) => (b.room / b.need > a.room / a.need ? b : a));
  return { left: clampX(best.at.left), top: clampY(best.at.top) };
}
