import { describe, expect, it } from "vitest";
import { fitTransform, frameTransform, type FitTransform } from "./fit";
import type { Positions } from "../../data/layout/layout";

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

describe("frameTransform", () => {
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  /** Where a graph point lands on a width × height canvas. */
  const screen = (t: FitTransform, p: { x: number; y: number }, width: number, height: number) => ({
    x: (p.x - t.x) * t.k + width / 2,
    y: (p.y - t.y) * t.k + height / 2,
  });

  it("zooms in on the subject only as far as keeps the whole layout on the canvas", () => {
    const all = { A: { x: 0, y: 0 }, B: { x: 10, y: 0 }, C: { x: 20, y: 0 } };
    const t = frameTransform({ A: all.A, B: all.B }, all, 0, 400, 400, none, none, 100)!;
    expect(t.k).toBeCloseTo(20); // the subject alone would get 40
    expect(screen(t, all.A, 400, 400).x).toBeCloseTo(0);
    expect(screen(t, all.C, 400, 400).x).toBeCloseTo(400);
  });

  it("centres the subject in its area when the layout leaves room", () => {
    const all = { A: { x: 0, y: 0 }, B: { x: 10, y: 10 }, C: { x: -50, y: -50 }, D: { x: 50, y: 50 } };
    const t = frameTransform({ A: all.A, B: all.B }, all, 0, 400, 400, none, none, 2)!;
    expect(t.k).toBe(2);
    expect(screen(t, { x: 5, y: 5 }, 400, 400)).toEqual({ x: 200, y: 200 });
  });

  const layouts: Positions[] = [
    {
      A: { x: -300, y: 40 },
      B: { x: 0, y: 0 },
      C: { x: 80, y: -60 },
      D: { x: 120, y: 200 },
      E: { x: 30, y: 10 },
    },
    {
      A: { x: 0, y: 0 },
      B: { x: 500, y: 20 },
      C: { x: 260, y: 300 },
      D: { x: 250, y: -280 },
      E: { x: 480, y: 0 },
    },
  ];
  const subjects = [["B", "E"], ["A"], ["C", "D"], ["A", "B", "C", "D", "E"]];
  // As in the app: the subject's area is the labels' room less the overlays.
  const labels = { top: 10, right: 40, bottom: 30, left: 40 };
  const caption = { top: 70, right: 360, bottom: 50, left: 400 };
  for (const [li, all] of layouts.entries())
    for (const ids of subjects)
      it(`keeps layout ${li}'s subject ${ids.join("")} in its area and every node on the canvas`, () => {
        const [w, h] = [1280, 540];
        const subject = Object.fromEntries(ids.map((id) => [id, all[id]!]));
        const t = frameTransform(subject, all, 12, w, h, caption, labels)!;
        const r = 12 * t.k; // the node margin is in graph units
        for (const id of Object.keys(all)) {
          const p = screen(t, all[id]!, w, h);
          expect(p.x - r).toBeGreaterThanOrEqual(labels.left - 1e-6);
          expect(p.x + r).toBeLessThanOrEqual(w - labels.right + 1e-6);
          expect(p.y - r).toBeGreaterThanOrEqual(labels.top - 1e-6);
          expect(p.y + r).toBeLessThanOrEqual(h - labels.bottom + 1e-6);
          if (!ids.includes(id)) continue;
          expect(p.x - r).toBeGreaterThanOrEqual(caption.left - 1e-6);
          expect(p.x + r).toBeLessThanOrEqual(w - caption.right + 1e-6);
          expect(p.y - r).toBeGreaterThanOrEqual(caption.top - 1e-6);
          expect(p.y + r).toBeLessThanOrEqual(h - caption.bottom + 1e-6);
        }
        // Never smaller than the overview fitted into the subject's area.
        expect(t.k).toBeGreaterThanOrEqual(fitTransform(all, 12, w, h, caption)!.k - 1e-9);
      });
});
