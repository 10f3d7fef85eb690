import { describe, expect, it } from "vitest";
import { fitTransform } from "./fit";

const even = { top: 10, right: 10, bottom: 10, left: 10 };

describe("fitTransform", () => {
  it("fits the bounding box, node margin included, into the padded canvas", () => {
    const t = fitTransform({ A: { x: -100, y: 0 }, B: { x: 100, y: 50 } }, 0, 420, 420, even)!;
    expect(t.k).toBeCloseTo(2); // 400 px for 200 units wide
    expect(t).toMatchObject({ x: 0, y: 25 });
    expect(fitTransform({ A: { x: -100, y: 0 }, B: { x: 100, y: 0 } }, 50, 420, 420, even)!.k).toBeCloseTo(
      400 / 300,
    );
  });

  it("shifts the centre so uneven padding is respected", () => {
    const t = fitTransform({ A: { x: 0, y: 0 }, B: { x: 100, y: 100 } }, 0, 200, 200, {
      top: 40,
      right: 0,
      bottom: 0,
      left: 0,
    })!;
    expect(t.k).toBeCloseTo(160 / 100);
    // Top of the bbox (y = 0) must land 40 px below the top edge: centre y 100 px on screen.
    expect((0 - t.y) * t.k + 100).toBeCloseTo(40);
    expect((100 - t.y) * t.k + 100).toBeCloseTo(200);
  });

  it("caps the zoom for tiny layouts and returns null for an empty one", () => {
    expect(fitTransform({ A: { x: 0, y: 0 } }, 1, 800, 600, even, 3)!.k).toBe(3);
    expect(fitTransform({}, 10, 800, 600, even)).toBeNull();
  });
});
