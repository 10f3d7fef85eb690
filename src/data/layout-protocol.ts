/**
 * What the main thread and the layout worker say to each other. The request carries only what
 * computeLayout reads, as typed arrays over node indices (cheap to send), not the whole model.
 */
import type { GraphLink, GraphModel, GraphNode } from "./graph-model";
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

export function requestFromModel(model: Pick<GraphModel, "nodes" | "links">): LayoutRequest {
  const indexOf = new Map(model.nodes.map((n, i) => [n.id, i]));
  return {
    ids: model.nodes.map((n) => n.id),
    hub: Uint8Array.from(model.nodes, (n) => (n.type === "hub" ? 1 : 0)),
    source: Int32Array.from(model.links, (l) => indexOf.get(l.source) ?? -1),
    target: Int32Array.from(model.links, (l) => indexOf.get(l.target) ?? -1),
  };
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
