/**
 * The alliance graph's structure, built once per dataset over ALL agreements of the whole timeline:
 * countries are nodes; a bilateral agreement is a link between its parties; an agreement with 3+
 * parties hangs off a hub node, one hub per group (one AUKUS hub, not three), linked to each party.
 * Several agreements between the same two nodes get distinct curvatures so they stay apart.
 * What is visible on a date is decided elsewhere (active.ts); this structure never changes.
 */
import type { AgreementKind } from "./kinds";
import type { PreparedDataset } from "./prepare";

export interface GraphNode {
  id: string;
  type: "country" | "hub";
  /** Full name (country name, or group name / agreement title for a hub). */
  name: string;
  /** Short label for zoomed-out views: ISO code, or group id. */
  code: string;
  region: string | null;
  /** For a hub: the group id (or null for an ungrouped multilateral agreement). */
  groupId: string | null;
}

export interface GraphLink {
  id: string;
  agreementIndex: number;
  agreementId: string;
  kind: AgreementKind;
  source: string;
  target: string;
  curvature: number;
}

export interface GraphModel {
  nodes: GraphNode[];
  links: GraphLink[];
  /** Per agreement index, the ids of the links that draw it. */
  linksByAgreement: string[][];
}

export function hubIdFor(groupId: string | null, agreementId: string): string {
  return groupId ? `hub:${groupId}` : `hub:${agreementId}`;
}

const CURVE_STEP = 0.18;

const cache = new WeakMap<PreparedDataset, GraphModel>();

export function buildGraphModel(p: PreparedDataset): GraphModel {
  const cached = cache.get(p);
  if (cached) return cached;
  const { dataset } = p;
  const nodes: GraphNode[] = dataset.countries.map((c) => ({
    id: c.id,
    type: "country",
    name: c.name,
    code: c.id,
    region: c.region,
    groupId: null,
  }));
  const hubs = new Map<string, GraphNode>();
  // Curvatures are set below, once every link between the same two nodes is known.
  const links: GraphLink[] = [];
  const linksByAgreement: string[][] = dataset.agreements.map(() => []);

  dataset.agreements.forEach((a, i) => {
    const addLink = (id: string, source: string, target: string) => {
      links.push({ id, agreementIndex: i, agreementId: a.id, kind: a.kind, source, target, curvature: 0 });
      linksByAgreement[i]!.push(id);
    };
    if (a.parties.length === 2) {
      // The two parties in code-unit order (what Array#sort does), so both directions share a pair.
      const [p, q] = a.parties as [string, string];
      if (q < p) addLink(a.id, q, p);
      else addLink(a.id, p, q);
      return;
    }
    const hubId = hubIdFor(a.group, a.id);
    if (!hubs.has(hubId)) {
      const group = a.group ? p.groupById.get(a.group) : undefined;
      hubs.set(hubId, {
        id: hubId,
        type: "hub",
        name: group?.name ?? a.title,
        code: group?.id ?? a.id.toUpperCase().slice(0, 8),
        region: null,
        groupId: a.group,
      });
    }
    for (const party of a.parties) addLink(`${a.id}@${party}`, hubId, party);
  });

  // Parallel links between the same endpoints fan out symmetrically around the straight line.
  // Grouped by lower id, then higher id (two Map levels rather than a "lower|higher" key: no
  // string is built per link, and the ids' hashes are computed once).
  const byPair = new Map<string, Map<string, number[]>>();
  const pairs: number[][] = [];
  links.forEach((link, k) => {
    const { source, target } = link;
    const [lower, higher] = target < source ? [target, source] : [source, target];
    let byHigher = byPair.get(lower);
    if (!byHigher) byPair.set(lower, (byHigher = new Map()));
    const list = byHigher.get(higher);
    if (list) list.push(k);
    else {
      const created = [k];
      byHigher.set(higher, created);
      pairs.push(created);
    }
  });
  for (const list of pairs) {
    if (list.length === 1) continue;
    const mid = (list.length - 1) / 2;
    list.forEach((k, j) => (links[k]!.curvature = (j - mid) * CURVE_STEP));
  }
  const model: GraphModel = { nodes: [...nodes, ...hubs.values()], links, linksByAgreement };
  cache.set(p, model);
  return model;
}
