import { describe, expect, it } from "vitest";
import { boxOf, gridPoints, packBoxes, SpringGraph, springsByPiece, type Box } from "./layout-components";

const square = (side: number): Box => ({ minX: 0, minY: 0, maxX: side, maxY: side });
const moved = (box: Box, { dx, dy }: { dx: number; dy: number }): Box => ({
  minX: box.minX + dx,
  minY: box.minY + dy,
  maxX: box.maxX + dx,
  maxY: box.maxY + dy,
});
const apart = (a: Box, b: Box, gap: number) =>
  a.maxX + gap <= b.minX || b.maxX + gap <= a.minX || a.maxY + gap <= b.minY || b.maxY + gap <= a.minY;

describe("SpringGraph", () => {
  // 0–1–2 and 3–4, 5 isolated, 6–7.
  const from = Int32Array.from([0, 1, 3, 6]);
  const to = Int32Array.from([1, 2, 4, 7]);
  const graph = new SpringGraph(8, from, to);

  it("finds the connected components, largest first, ties in index order", () => {
    expect(graph.components().map((c) => [...c])).toEqual([[0, 1, 2], [3, 4], [6, 7], [5]]);
  });

  it("counts hops from a root and leaves other components unreached", () => {
    expect(graph.search(2)).toBe(3);
    expect([...graph.hops]).toEqual([2, 1, 0, -1, -1, -1, -1, -1]);
    graph.search(3);
    expect([...graph.hops]).toEqual([-1, -1, -1, 0, 1, -1, -1, -1]);
  });

  it("groups springs by piece, in spring order", () => {
    const pieces = graph.components().slice(0, 3);
    expect(springsByPiece(pieces, from)).toEqual([[0, 1], [2], [3]]);
  });
});

describe("packBoxes", () => {
  it("packs boxes without overlap, at least the gap apart, centred on the origin", () => {
    const boxes = [
      square(1000),
      { minX: -50, minY: 20, maxX: 450, maxY: 420 },
      square(300),
      square(300),
      square(100),
    ];
    const placed = packBoxes(boxes, 50).map((offset, i) => moved(boxes[i]!, offset));
    for (let a = 0; a < placed.length; a++)
      for (let b = a + 1; b < placed.length; b++) expect(apart(placed[a]!, placed[b]!, 50)).toBe(true);
    const all = boxOf(
      placed.flatMap((b) => [
        { x: b.minX, y: b.minY },
        { x: b.maxX, y: b.maxY },
      ]),
    );
    expect(Math.abs(all.minX + all.maxX)).toBeLessThan(1e-9);
    expect(Math.abs(all.minY + all.maxY)).toBeLessThan(1e-9);
    // Compact: the boxes (with their gaps) cover 1.65 M px²; a single row would be 2,400 px wide.
    expect(all.maxX - all.minX).toBeLessThan(1_700);
    expect(all.maxY - all.minY).toBeLessThan(1_700);
  });

  it("puts two equal pieces side by side, not one above the other", () => {
    const [a, b] = packBoxes([square(1000), square(1000)], 50);
    expect(Math.abs(a!.dy - b!.dy)).toBe(0);
    expect(Math.abs(a!.dx - b!.dx)).toBe(1050);
  });

  it("leaves a single box centred", () => {
    expect(packBoxes([square(200)], 50)).toEqual([{ dx: -100, dy: -100 }]);
  });
});

describe("gridPoints", () => {
  it("fills a square grid row by row", () => {
    expect(gridPoints(5, 10)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 20, y: 0 },
      { x: 0, y: 10 },
      { x: 10, y: 10 },
    ]);
  });
});
