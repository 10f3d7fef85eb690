import { describe, expect, it } from "vitest";
import { REGIONS } from "./kinds";
import { REGION_PALETTE, regionColor } from "./region-colors";

describe("regionColor", () => {
  it("keeps a distinct fixed colour for each of the six known regions", () => {
    const colours = REGIONS.map(regionColor);
    expect(new Set(colours).size).toBe(REGIONS.length);
    expect(regionColor("East Asia")).toBe("#CC6677");
  });

  it("gives any other label a palette colour, the same one every time", () => {
    for (const label of ["Africa", "Middle East", "South America", "NATO", "Arctic", "Ωmega"]) {
      expect(REGION_PALETTE).toContain(regionColor(label));
      expect(regionColor(label)).toBe(regionColor(label));
      expect(regionColor(` ${label} `)).toBe(regionColor(label));
    }
  });

  it("spreads unfamiliar labels over the palette", () => {
    const labels = Array.from({ length: 60 }, (_, i) => `Region ${i}`);
    expect(new Set(labels.map(regionColor)).size).toBeGreaterThanOrEqual(7);
  });
});
