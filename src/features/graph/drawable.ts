/**
 * Beyond these sizes a canvas graph is neither smooth nor readable (measured in docs/performance.md:
 * the synthetic 1,000-country / 10,000-agreement set draws ~15k links at ~100–180 ms a frame on this
 * machine). Such datasets still load; the graph says so, and the table, panels and insights work.
 */
export const MAX_DRAWN_NODES = 1500;
export const MAX_DRAWN_LINKS = 40_000;

export function tooLargeToDraw(nodeCount: number, linkCount: number): boolean {
  return nodeCount > MAX_DRAWN_NODES || linkCount > MAX_DRAWN_LINKS;
}
