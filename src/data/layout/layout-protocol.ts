/**
 * What the main thread and the layout worker say to each other. The request carries only what
 * computeLayout reads, as typed arrays over node indices (cheap to send), not the whole model.
 */
import type { GraphLink, GraphModel, GraphNode } from "../graph-model";
import type { Positions } from "./layout";

export interface LayoutRequest {
  ids: string[];
  /** 1 for a hub node. */
  hub: Uint8Array;
  source: Int32Array;
  target: Int32Array;
}

export type LayoutReply =
  | { type: "progress"; done: number }
  | { type: "done"; positions: Positions }
  | { type: "error"; message: string };

// Plain loops rather than TypedArray.from with a mapping function, which is slow in Chromium, and
// this runs inside the main-thread task that starts the layout.
export function requestFromModel(model: Pick<GraphModel, "nodes" | "links">): LayoutRequest {
  const { nodes, links } = model;
  const indexOf = new Map<string, number>();
  const ids = new Array<string>(nodes.length);
  const hub = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    indexOf.set(node.id, i);
    ids[i] = node.id;
    hub[i] = node.type === "hub" ? 1 : 0;
  }
  const source = new Int32Array(links.length);
  const target = new Int32Array(links.length);
  for (let k = 0; k < links.length; k++) {
    source[k] = indexOf.get(links[k]!.source) ?? -1;
    target[k] = indexOf.get(links[k]!.target) ?? -1;
  }
  return { ids, hub, source, target };
}

/** A GraphModel with the fields computeLayout reads; the others are placeholders. */
export function modelFromRequest(request: LayoutRequest): GraphModel {
  const nodes: GraphNode[] = request.ids.map((id, i) => ({
    id,
    type: request.hub[i] ? "hub" : "country",
    name: id,
    code: id,
    region: null,
    groupId: null,
  }));
  const links: GraphLink[] = Array.from(request.source, (s, k) => ({
    id: String(k),
    agreementIndex: k,
    agreementId: String(k),
    kind: "dialogue",
    source: request.ids[s]!,
    target: request.ids[request.target[k]!]!,
    curvature: 0,
  }));
  return { nodes, links, linksByAgreement: [] };
}
