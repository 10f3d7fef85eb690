/**
 * A key that identifies a layout: a hash of exactly what computeLayout reads (node ids and kinds,
 * link ends, in order) plus a layout version. Two datasets with the same graph structure share
 * a layout; any change that could move a node changes the key. Used to cache layouts (memory and
 * localStorage) and to check that the shipped precomputed layout still fits the bundled dataset.
 */
import type { GraphModel } from "./graph-model";

/**
 * Graphs with at least this many nodes get the fast layout schedule (layout.ts); smaller ones the
 * original one. Here rather than in layout.ts so the key can tell them apart without importing
 * d3-force (only the worker needs it, not the main bundle).
 */
export const FAST_LAYOUT_MIN_NODES = 200;

/**
 * The version of the schedule a graph of this size is laid out with, hashed into its key. Bump
 * the one whose schedule (or seed) changes in a way that moves nodes: cached layouts then miss.
 * 1: the original 300-tick schedule (still used below FAST_LAYOUT_MIN_NODES: the bundled key and
 * cached layouts of small graphs stay valid). 2: the fast schedule for big graphs, first version.
 * 3: its start capped in area and with nodes on the same spot spread out. 4: an MDS start per
 * connected component, the pieces packed (a graph of one piece without isolated nodes lays out as
 * in 3, but the key cannot tell; the synthetic large has one isolated node, so it moves). The fast
 * schedule starts at 200 nodes since session 3 (301 before): graphs of 200–300 nodes moved from
 * version 1 to 4, so their cached layouts miss once. 5: the fast schedule's forces run on typed
 * arrays (force-sim.ts) instead of d3-force, with two collision passes a tick.
 */
export function layoutVersion(nodeCount: number): number {
  return nodeCount >= FAST_LAYOUT_MIN_NODES ? 5 : 1;
}

/** 64-bit FNV-1a (as two 32-bit halves with different offsets) over a stream of strings. */
class Fnv {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;
  add(text: string): this {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      this.a = Math.imul(this.a ^ c, 0x01000193);
      this.b = Math.imul(this.b ^ c, 0x01000193 ^ 0x2e);
    }
    // A separator no id can contain, so ["ab","c"] and ["a","bc"] differ.
    this.a = Math.imul(this.a ^ 0xffff, 0x01000193);
    this.b = Math.imul(this.b ^ 0xffff, 0x01000193 ^ 0x2e);
    return this;
  }
  hex(): string {
    return (this.a >>> 0).toString(16).padStart(8, "0") + (this.b >>> 0).toString(16).padStart(8, "0");
  }
}

export function layoutKey(model: Pick<GraphModel, "nodes" | "links">): string {
  const h = new Fnv().add(`v${layoutVersion(model.nodes.length)}`).add(String(model.nodes.length));
  for (const n of model.nodes) h.add(n.type === "hub" ? `*${n.id}` : n.id);
  h.add(String(model.links.length));
  for (const l of model.links) h.add(l.source).add(l.target);
  return h.hex();
}
