/**
 * Integer lookups over the graph model, built once per model so that per-date styling works on
 * typed arrays instead of string maps (the graph must stay smooth at 1,000 nodes / 10,000 links).
 */
import type { GraphModel } from "../../data/graph-model";
import { AGREEMENT_KINDS } from "../../data/kinds";

export interface GraphIndex {
  model: GraphModel;
  nodeIndexById: Map<string, number>;
  /** Per link: index of its source / target node. */
  linkSource: Int32Array;
  linkTarget: Int32Array;
  /** Per link: index of its kind in AGREEMENT_KINDS. */
  linkKind: Uint8Array;
  /** Per agreement index: indices of the links that draw it. */
  linksOfAgreement: number[][];
  /** Per link: indices of every link joining the same two nodes (itself included), for tooltips. */
  parallelLinks: number[][];
  /** Per hub node index: agreement indices it stands for; empty for countries. */
  hubAgreements: number[][];
}

const cache = new WeakMap<GraphModel, GraphIndex>();

export function indexGraph(model: GraphModel): GraphIndex {
  const cached = cache.get(model);
  if (cached) return cached;
  const nodeIndexById = new Map(model.nodes.map((n, i) => [n.id, i]));
  const nodeOf = (id: string) => {
    const i = nodeIndexById.get(id);
    if (i === undefined) throw new Error(`graph link refers to unknown node ${id}`);
    return i;
  };
  const linkSource = new Int32Array(model.links.length);
  const linkTarget = new Int32Array(model.links.length);
  // A plain loop: TypedArray.from with a mapping function is slow in Chromium (tens of ms here).
  const linkKind = new Uint8Array(model.links.length);
  const linksOfAgreement: number[][] = model.linksByAgreement.map(() => []);
  const hubAgreements: number[][] = model.nodes.map(() => []);
  // Keyed by a number (lower node index × node count + higher), not a string: one less
  // allocation per link.
  const byPair = new Map<number, number[]>();
  const nodeCount = model.nodes.length;
  model.links.forEach((link, k) => {
    const s = nodeOf(link.source);
    const t = nodeOf(link.target);
    linkSource[k] = s;
    linkTarget[k] = t;
    linkKind[k] = AGREEMENT_KINDS.indexOf(link.kind);
    linksOfAgreement[link.agreementIndex]!.push(k);
    const hub = model.nodes[s]!.type === "hub" ? s : model.nodes[t]!.type === "hub" ? t : -1;
    if (hub >= 0) {
      const list = hubAgreements[hub]!;
      if (list[list.length - 1] !== link.agreementIndex) list.push(link.agreementIndex);
    }
    const key = s < t ? s * nodeCount + t : t * nodeCount + s;
    const pair = byPair.get(key);
    if (pair) pair.push(k);
    else byPair.set(key, [k]);
  });
  const parallelLinks: number[][] = new Array(model.links.length);
  for (const list of byPair.values()) for (const k of list) parallelLinks[k] = list;
  const index = {
    model,
    nodeIndexById,
    linkSource,
    linkTarget,
    linkKind,
    linksOfAgreement,
    parallelLinks,
    hubAgreements,
  };
  cache.set(model, index);
  return index;
}
