import { describe, expect, it } from "vitest";
import { TONE } from "./graph-style";
import { CROWDED_NODE_COUNT, labelFontPx, labelMode, shouldLabel, typicalSpacing } from "./labels";

describe("labelMode", () => {
  it("shows codes when zoomed out and names when nodes are far enough apart on screen", () => {
    expect(labelMode(0.5, 100, 12)).toBe("code"); // 50 px of room
    expect(labelMode(1, 100, 12)).toBe("name"); // 100 px ≥ 8 × 12
    expect(labelMode(0.95, 100, 12)).toBe("code");
  });

  it("needs more room for the larger presentation labels", () => {
    expect(labelMode(1, 100, labelFontPx(true))).toBe("code");
    expect(labelMode(2, 100, labelFontPx(true))).toBe("name");
  });

  it("uses labels of at least 24 px in presentation mode", () => {
    expect(labelFontPx(true)).toBeGreaterThanOrEqual(24);
    expect(labelFontPx(false)).toBeLessThan(labelFontPx(true));
  });
});

describe("shouldLabel", () => {
  it("labels everything in a small graph", () => {
    expect(shouldLabel(TONE.dimmed, 1, 20)).toBe(true);
    expect(shouldLabel(TONE.normal, 1, CROWDED_NODE_COUNT)).toBe(true);
  });

  it("in a crowded graph labels only large or highlighted nodes", () => {
    const many = CROWDED_NODE_COUNT + 1;
    expect(shouldLabel(TONE.normal, 3, many)).toBe(false);
    expect(shouldLabel(TONE.normal, 9, many)).toBe(true);
    expect(shouldLabel(TONE.dimmed, 9, many)).toBe(false);
    expect(shouldLabel(TONE.highlighted, 1, many)).toBe(true);
    expect(shouldLabel(TONE.selected, 1, many)).toBe(true);
  });
});

describe("typicalSpacing", () => {
  it("is the median distance to the nearest neighbour", () => {
    const positions = {
      A: { x: 0, y: 0 },
      B: { x: 10, y: 0 },
      C: { x: 10, y: 30 },
      D: { x: 100, y: 0 },
    };
    // nearest: A 10, B 10, C 30, D 90 → sorted [10, 10, 30, 90], median index 2 → 30
    expect(typicalSpacing(positions)).toBe(30);
  });

  it("is infinite with fewer than two nodes", () => {
    expect(typicalSpacing({ A: { x: 0, y: 0 } })).toBe(Infinity);
  });
});
