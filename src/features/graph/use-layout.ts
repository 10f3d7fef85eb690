import { useMemo } from "react";
import type { GraphModel } from "../../data/graph-model";
import { computeLayout, type Positions } from "../../data/layout";

/**
 * Node positions for a graph model, computed once per model (seeded, so identical on every
 * machine). Returns null while not available: today the layout runs synchronously, but callers
 * already handle null so it can move into a Web Worker for big datasets without changing them.
 * Pass null to skip the computation (when positions come from elsewhere).
 */
export function useLayout(model: GraphModel | null): Positions | null {
  return useMemo(() => (model ? computeLayout(model) : null), [model]);
}
