import { afterEach, describe, expect, it, vi } from "vitest";
import { buildGraphModel } from "../graph-model";
import { computeLayout } from "./layout";
import { clearLayoutMemory, knownLayout, loadLayout } from "./layout-client";
import { layoutKey } from "./layout-key";
import { modelFromRequest, requestFromModel } from "./layout-protocol";
import { prepareDataset } from "../prepare";
import { makeFixture } from "../test-fixture";

class MemoryStorage {
  private items = new Map<string, string>();
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => void this.items.set(k, v);
  removeItem = (k: string) => void this.items.delete(k);
}

afterEach(() => {
  clearLayoutMemory();
  vi.unstubAllGlobals();
});

describe("layout protocol", () => {
  it("carries exactly what the layout reads", () => {
    const model = buildGraphModel(prepareDataset(makeFixture()));
    const rebuilt = modelFromRequest(requestFromModel(model));
    expect(layoutKey(rebuilt)).toBe(layoutKey(model));
    expect(computeLayout(rebuilt)).toEqual(computeLayout(model));
  });
});

describe("loadLayout without workers (the main-thread fallback)", () => {
  it("computes the seeded layout once, reports progress, then serves it from memory", async () => {
    const model = buildGraphModel(prepareDataset(makeFixture()));
    expect(knownLayout(model)).toBeNull();
    const progress: number[] = [];
    const positions = await loadLayout(model, (done) => progress.push(done));
    expect(positions).toEqual(computeLayout(model));
    expect(progress.length).toBeGreaterThan(0);
    expect(knownLayout(model)).toEqual({ positions, source: "memory" });
  });

  it("shares one computation between callers asking at the same time", async () => {
    const model = buildGraphModel(prepareDataset(makeFixture()));
    const [a, b] = await Promise.all([loadLayout(model), loadLayout(model)]);
    expect(a).toBe(b);
  });

  it("keeps layouts in localStorage across visits, and ignores entries that do not fit", async () => {
    const storage = new MemoryStorage();
    vi.stubGlobal("localStorage", storage);
    const model = buildGraphModel(prepareDataset(makeFixture()));
    const positions = await loadLayout(model);
    clearLayoutMemory(); // a new visit
    expect(knownLayout(model)).toEqual({ positions, source: "storage" });

    clearLayoutMemory();
    storage.setItem(`lattice:layout:${layoutKey(model)}`, JSON.stringify({ AUS: { x: 1, y: 2 } }));
    expect(knownLayout(model)).toBeNull();
  });
});
