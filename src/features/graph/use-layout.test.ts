// @vitest-environment jsdom
import { readFileSync } from "node:fs";
import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildGraphModel } from "../../data/graph-model";
import { computeLayout } from "../../data/layout/layout";
import { prepareDataset } from "../../data/prepare";
import { makeFixture } from "../../data/test-fixture";
import { validateDatasetText } from "../../data/validate";
import { useLayout, useLayoutState } from "./use-layout";

describe("useLayout", () => {
  it("has the bundled dataset's precomputed positions on the very first render", () => {
    const result = validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8"));
    if (!result.ok) throw new Error("bundled dataset invalid");
    const model = buildGraphModel(prepareDataset(result.dataset));
    const { result: hook } = renderHook(() => useLayoutState(model));
    expect(hook.current.source).toBe("precomputed");
    expect(hook.current.positions).toEqual(computeLayout(model));
  });

  it("computes other layouts asynchronously (null, then the seeded positions), and keeps them stable", async () => {
    const model = buildGraphModel(prepareDataset(makeFixture()));
    const { result, rerender } = renderHook(() => useLayout(model));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    const first = result.current;
    expect(first).toEqual(computeLayout(model));
    rerender();
    expect(result.current).toBe(first); // same object: the graph never rebuilds its data on a re-render
  });

  it("returns nothing for no model", () => {
    const { result } = renderHook(() => useLayoutState(null));
    expect(result.current).toEqual({ positions: null, progress: 0, source: null });
  });
});
