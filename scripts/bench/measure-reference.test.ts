import { describe, expect, it } from "vitest";
import { floorPath } from "./floor-page.ts";
import { referencePathAtSize } from "./measure-reference.ts";
import type { ScaleInfo } from "./scales.ts";

describe("the reference page at the app's graph size", () => {
  const path = "/reference/?graph=/bench-data/medium.graph.json";

  it("asks for a box of the app canvas's size, in whole CSS pixels", () => {
    expect(referencePathAtSize(path, { width: 994.6, height: 425.2 })).toBe(`${path}&w=995&h=425`);
  });

  it("leaves the floor page on the same graph (it draws in the app's own box)", () => {
    const info = { referencePath: referencePathAtSize(path, { width: 995, height: 425 }) } as ScaleInfo;
    expect(floorPath(info)).toBe("/reference/floor.html?graph=/bench-data/medium.graph.json&w=995&h=425");
  });
});
