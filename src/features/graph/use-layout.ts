import { useEffect, useMemo, useState } from "react";
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import { knownLayout, loadLayout, type LayoutSource } from "../../data/layout/layout-client";

export interface LayoutState {
  /** Null while the layout is being computed. */
  positions: Positions | null;
  /** 0–1 while computing; 1 once positions are there. */
  progress: number;
  source: LayoutSource | null;
}

const NONE: LayoutState = { positions: null, progress: 0, source: null };

/**
 * Node positions for a graph model, with progress. The bundled dataset's layout is precomputed
 * and a layout seen before is cached (src/data/layout/layout-client.ts): both arrive on the first render.
 * Anything else is computed in a Web Worker, so a big dataset never freezes the page.
 */
export function useLayoutState(model: GraphModel | null): LayoutState {
  const known = useMemo(() => (model ? knownLayout(model) : null), [model]);
  const [computed, setComputed] = useState<(LayoutState & { model: GraphModel }) | null>(null);
  useEffect(() => {
    if (!model || known) return;
    let live = true;
    loadLayout(model, (done) => {
      if (live) setComputed({ model, positions: null, progress: done, source: null });
    }).then(
      (positions) => {
        if (live) setComputed({ model, positions, progress: 1, source: "computed" });
      },
      (error: unknown) => console.error("layout failed", error),
    );
    return () => {
      live = false;
    };
  }, [model, known]);
  if (!model) return NONE;
  if (known) return { positions: known.positions, progress: 1, source: known.source };
  return computed?.model === model ? computed : NONE;
}

/**
 * Node positions for a graph model (seeded, so identical on every machine); null while they are
 * being computed. Pass null to skip (when positions come from elsewhere).
 */
export function useLayout(model: GraphModel | null): Positions | null {
  return useLayoutState(model).positions;
}
