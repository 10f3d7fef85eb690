/**
 * Node colour scheme: Quad members (the dataset's "QUAD" group, if it has one) in deep navy, every
 * other country in slate, multilateral hubs as white rounded squares. Nodes stay neutral so the
 * link colours (agreement kinds) carry the hue; the Quad is the grouping the dashboard is about.
 */
import type { GraphModel } from "../../data/graph-model";
import type { Dataset } from "../../data/schema";

export const QUAD_GROUP_ID = "QUAD";

export const NODE_CATEGORY = { other: 0, quad: 1, hub: 2 } as const;
export type NodeCategory = (typeof NODE_CATEGORY)[keyof typeof NODE_CATEGORY];

// The fills per theme are in graph-theme.ts.

export function hasQuad(dataset: Dataset): boolean {
  return dataset.groups.some((g) => g.id === QUAD_GROUP_ID);
}

export function nodeCategories(model: GraphModel, dataset: Dataset): Uint8Array {
  const quad = new Set(dataset.groups.find((g) => g.id === QUAD_GROUP_ID)?.members ?? []);
  // A loop rather than Uint8Array.from(nodes, mapping), which is slow in Chromium.
  const category = new Uint8Array(model.nodes.length);
  model.nodes.forEach((n, i) => {
    category[i] =
      n.type === "hub" ? NODE_CATEGORY.hub : quad.has(n.id) ? NODE_CATEGORY.quad : NODE_CATEGORY.other;
  });
  return category;
}
