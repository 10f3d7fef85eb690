import { describe, expect, it } from "vitest";
import { untangle } from "./layout-untangle";

/** Four nodes on a square's corners: 0 top left, 1 top right, 2 bottom left, 3 bottom right. */
function square(springs: [number, number][]) {
  return {
    x: Float64Array.from([0, 100, 0, 100]),
    y: Float64Array.from([0, 0, 100, 100]),
    from: Int32Array.from(springs, (s) => s[0]),
    to: Int32Array.from(springs, (s) => s[1]),
    rest: Float64Array.from(springs, () => 100),
    passes: 4,
  };
}

describe("untangle (node swaps that uncross links)", () => {
  it("swaps two nodes whose links cross, keeping the set of positions", () => {
    const input = square([
      [0, 3],
      [1, 2],
    ]); // the two diagonals: one crossing
    expect(untangle(input)).toBeGreaterThan(0);
    const corners = Array.from(input.x, (x, i) => `${x},${input.y[i]}`).sort();
    expect(corners).toEqual(["0,0", "0,100", "100,0", "100,100"]);
    // Now two parallel sides: each spring joins nodes on one side of the square.
    for (let k = 0; k < 2; k++) {
      const a = input.from[k]!;
      const b = input.to[k]!;
      expect(input.x[a] === input.x[b] || input.y[a] === input.y[b]).toBe(true);
    }
  });

  it("leaves a layout without crossings as it is", () => {
    const input = square([
      [0, 1],
      [2, 3],
    ]);
    expect(untangle(input)).toBe(0);
    expect(Array.from(input.x)).toEqual([0, 100, 0, 100]);
  });
});
