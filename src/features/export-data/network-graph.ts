/**
 * The network as the field's tools read it (Gephi, NetworkX, igraph): a graphology multigraph with
 * countries as nodes and one edge per agreement and pair. Agreements with three or more parties are
 * either a hub node (per group, as the app draws them: one AUKUS hub, not three) linked to each
 * party, or a clique of edges between every two parties: the user chooses, and the file says which.
 */
import { MultiUndirectedGraph } from "graphology";
import { passesFilter, statusAt, type AgreementFilter } from "../../data/active";
import { dayNumberToIso } from "../../data/dates";
import { endReasonOf } from "../../data/lifecycle";
import type { PreparedDataset } from "../../data/prepare";
import { regionColor } from "../../data/region-colors";
import type { ViewModel } from "../../data/view-model";

export type MultilateralMode = "hub" | "clique";

export const MODE_DESCRIPTION: Record<MultilateralMode, string> = {
  hub: "Agreements with 3+ parties are hub nodes (node_type hub, one per group) linked to each party.",
  clique: "Agreements with 3+ parties are cliques: one edge between every two of their parties.",
};

/** The Quad, the grouping the dashboard is about: its members are flagged on every node. */
const QUAD_GROUP_ID = "QUAD";

export interface NodeAttributes {
  label: string;
  name: string;
  node_type: "country" | "hub";
  region: string;
  quad_member: boolean;
  color: string;
  [key: string]: unknown;
}

export interface EdgeAttributes {
  label: string;
  weight: number;
  agreement_id: string;
  title: string;
  kind: string;
  depth: number;
  group: string;
  signed: string;
  in_force: string;
  ended: string;
  end_reason: string;
  /** The status on the view's date, or on the timeline's end for the whole-timeline GEXF. */
  status: string;
  /** First and last day in effect (YYYY-MM-DD; partial dates read as the app reads them). */
  start_day: string;
  end_day: string;
  pending_until: string;
  [key: string]: unknown;
}

export type NetworkGraph = MultiUndirectedGraph<NodeAttributes, EdgeAttributes>;

/** Every agreement that passes the kind and depth filters, whatever its dates. */
export function filteredAgreements(p: PreparedDataset, filter: AgreementFilter): number[] {
  return p.dataset.agreements.map((_, i) => i).filter((i) => passesFilter(p, i, filter));
}

const dayIso = (day: number) => (Number.isFinite(day) ? dayNumberToIso(day) : "");

export function buildNetwork(
  p: PreparedDataset,
  indices: readonly number[],
  mode: MultilateralMode,
  statusDay: number,
): NetworkGraph {
  const graph: NetworkGraph = new MultiUndirectedGraph();
  const quad = new Set(p.dataset.groups.find((g) => g.id === QUAD_GROUP_ID)?.members ?? []);
  const addCountry = (id: string) => {
    if (graph.hasNode(id)) return;
    const c = p.countryById.get(id);
    const region = c?.region ?? "";
    graph.addNode(id, {
      label: c?.name ?? id,
      name: c?.name ?? id,
      node_type: "country",
      region,
      quad_member: quad.has(id),
      color: region ? regionColor(region) : "#777777",
    });
  };
  for (const i of indices) {
    const a = p.dataset.agreements[i]!;
    const attributes: EdgeAttributes = {
      label: a.title,
      weight: p.depth[i]!,
      agreement_id: a.id,
      title: a.title,
      kind: a.kind,
      depth: p.depth[i]!,
      group: a.group ?? "",
      signed: a.signed,
      in_force: a.inForce ?? "",
      ended: a.ended ?? "",
      end_reason: endReasonOf(a) ?? "",
      status: statusAt(p, i, statusDay),
      start_day: dayIso(p.signedDay[i]!),
      // The last day it counts: the day before it ended.
      end_day: dayIso(p.endedDay[i]! - 1),
      pending_until: p.inForceDay[i]! > p.signedDay[i]! ? dayIso(p.inForceDay[i]! - 1) : "",
    };
    a.parties.forEach(addCountry);
    if (a.parties.length === 2 || mode === "clique") {
      const parties = [...a.parties].sort();
      for (let x = 0; x < parties.length; x++)
        for (let y = x + 1; y < parties.length; y++) {
          const key = parties.length === 2 ? a.id : `${a.id}:${parties[x]}-${parties[y]}`;
          graph.addEdgeWithKey(key, parties[x]!, parties[y]!, attributes);
        }
      continue;
    }
    const group = a.group ? p.groupById.get(a.group) : undefined;
    const hub = `hub:${a.group ?? a.id}`;
    if (!graph.hasNode(hub))
      graph.addNode(hub, {
        label: group?.name ?? a.title,
        name: group?.name ?? a.title,
        node_type: "hub",
        region: "",
        quad_member: a.group === QUAD_GROUP_ID,
        color: "#FFFFFF",
      });
    for (const party of a.parties) graph.addEdgeWithKey(`${a.id}@${party}`, hub, party, attributes);
  }
  return graph;
}

/** The network on the view's date under its filters: what GraphML holds. */
export function viewNetwork(vm: ViewModel, mode: MultilateralMode): NetworkGraph {
  return buildNetwork(vm.prepared, vm.shown, mode, vm.day);
}
