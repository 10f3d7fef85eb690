/**
 * A small read-only window hook, present in every build. The graph is a canvas, so end-to-end
 * tests cannot find a node in the DOM: they need its on-screen position to click it, and to prove
 * that a shared link reproduces the same picture (same positions across loads and dates). It
 * exposes positions and ids only, never the dataset or the store, and changes nothing.
 */
export interface LatticeGraphTestHook {
  /** Centre of a visible node in viewport CSS pixels (for page.mouse.click), or null if hidden. */
  nodeScreenPosition(id: string): { x: number; y: number } | null;
  /** Ids of the nodes drawn on the current date, in graph order. */
  visibleNodeIds(): string[];
  /** The size of node labels on screen, in CSS pixels. */
  labelFontPx(): number;
}

declare global {
  interface Window {
    __latticeGraph?: LatticeGraphTestHook;
  }
}

export function installTestHook(hook: LatticeGraphTestHook): () => void {
  window.__latticeGraph = Object.freeze(hook);
  return () => {
    // Only remove our own hook: a newer graph may have installed its own already.
    if (window.__latticeGraph === hook) delete window.__latticeGraph;
  };
}
