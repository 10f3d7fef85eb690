import { describe, expect, it } from "vitest";
import { TONE } from "./graph-style";
import { CROWDED_NODE_COUNT, LabelGrid, labelFontPx, labelMode, shouldLabel } from "./labels";

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
    expect(labelFontPx(true)).toBeGreaterThanOrEqual(18);
    expect(labelFontPx(true, 480)).toBeGreaterThanOrEqual(18); // a 720p projector
    expect(labelFontPx(true, 900)).toBeGreaterThan(labelFontPx(true, 480));
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

describe("LabelGrid", () => {
  it("accepts labels that do not overlap and refuses those that do, until reset", () => {
    const grid = new LabelGrid();
    grid.reset(200, 100);
    expect(grid.tryPlace(10, 10, 60, 24)).toBe(true);
    expect(grid.tryPlace(50, 20, 90, 34)).toBe(false); // overlaps the first
    expect(grid.tryPlace(100, 10, 150, 24)).toBe(true);
    expect(grid.tryPlace(10, 40, 60, 54)).toBe(true);
    grid.reset(200, 100);
    expect(grid.tryPlace(50, 20, 90, 34)).toBe(true);
  });

  it("clips to the canvas", () => {
    const grid = new LabelGrid();
    grid.reset(60, 60);
    expect(grid.tryPlace(-30, -10, 10, 4)).toBe(true);
    expect(grid.tryPlace(0, 0, 5, 5)).toBe(false);
    expect(grid.tryPlace(500, 500, 560, 520)).toBe(true);
  });
});
