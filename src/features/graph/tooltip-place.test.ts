import { describe, expect, it } from "vitest";
import { placeTooltip, type Box } from "./tooltip-place";

const bounds: Box = { left: 0, top: 0, right: 400, bottom: 300 };
const size = { width: 120, height: 60 };

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function boxAt(p: { left: number; top: number }): Box {
  return { left: p.left, top: p.top, right: p.left + size.width, bottom: p.top + size.height };
}

describe("placeTooltip", () => {
  it("goes below the node when there is room, centred on it", () => {
    const avoid = { left: 190, top: 90, right: 210, bottom: 110 };
    const p = placeTooltip(avoid, size, bounds);
    expect(p.top).toBeGreaterThan(110);
    expect(p.left).toBe(140);
  });

  it("flips above near the bottom, and sideways when neither fits", () => {
    const low = { left: 190, top: 260, right: 210, bottom: 280 };
    expect(boxAt(placeTooltip(low, size, bounds)).bottom).toBeLessThan(260);
    const tall = { left: 20, top: 40, right: 60, bottom: 270 };
    expect(placeTooltip(tall, size, bounds).left).toBeGreaterThan(60);
  });

  it("never covers the node and stays inside the bounds, wherever the node is", () => {
    for (let x = 0; x <= 400; x += 20)
      for (let y = 0; y <= 300; y += 20) {
        const avoid = { left: x - 12, top: y - 12, right: x + 12, bottom: y + 12 };
        const tip = boxAt(placeTooltip(avoid, size, bounds));
        expect(overlaps(tip, avoid), `${x},${y}`).toBe(false);
        expect(tip.left).toBeGreaterThanOrEqual(0);
        expect(tip.top).toBeGreaterThanOrEqual(0);
        expect(tip.right).toBeLessThanOrEqual(400);
        expect(tip.bottom).toBeLessThanOrEqual(300);
      }
  });
});
