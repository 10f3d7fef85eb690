/**
 * A key that identifies a layout: a hash of exactly what computeLayout reads (node ids and kinds,
 * link ends, in order) plus a layout version. Two datasets with the same graph structure share
 * a layout; any change that could move a node changes the key. Used to cache layouts (memory and
 * localStorage) and to check that the shipped precomputed layout still fits the bundled dataset.
 */
import type { GraphModel } from "../graph-model";

/**
 * Graphs with at least this many nodes get the fast layout schedule (layout.ts); smaller ones the
 * full one. Here rather than in layout.ts so the key can tell them apart without importing the
 * simulation (only the worker needs it, not the main bundle).
 */
export const FAST_LAYOUT_MIN_NODES = 200;

/**
 * The version of the schedule a graph of this size is laid out with, hashed into its key. Bump
 * the one whose schedule (or seed) changes in a way that moves nodes: cached layouts then miss.
 * 6 is the current FULL, used below FAST_LAYOUT_MIN_NODES; 5 is the current FAST. Versions 1–4
 * were earlier schedules (this file's git history); never reuse a number, or an old cached layout
 * would be taken for a new one.
 * Changing FAST_LAYOUT_MIN_NODES moves graphs between schedules, and their keys change with it.
 */
export function layoutVersion(nodeCount: number): number {
  return nodeCount >= FAST_LAYOUT_MIN_NODES ? 5 : 6;
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
