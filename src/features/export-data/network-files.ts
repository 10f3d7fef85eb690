/**
 * The network exports. GEXF 1.3 for Gephi: the whole timeline under the current filters, written by
 * graphology-gexf, then made dynamic here (graphology-gexf has no spells): each edge gets a spell from
 * the day its agreement is signed to its last day in effect, each node from its first agreement to its
 * last, so Gephi's timeline plays the network. GraphML for NetworkX and igraph: the view as it is
 * (date and filters), written through the browser's own XML serialiser. Both load with their button.
 */
import { write as writeGexf } from "graphology-gexf/browser";
import type { AgreementFilter } from "../../data/active";
import { latestDayNumber } from "../../data/dates";
import { KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { PreparedDataset } from "../../data/prepare";
import type { ViewModel } from "../../data/view-model";
import {
  buildNetwork,
  filteredAgreements,
  MODE_DESCRIPTION,
  viewNetwork,
  type EdgeAttributes,
  type MultilateralMode,
  type NetworkGraph,
  type NodeAttributes,
} from "./network-graph";

const GEXF_NS = "http://gexf.net/1.3";
const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";

export interface NetworkSource {
  title: string;
  version?: string;
  /** The canonical URL of the view, for the file's description. */
  url: string;
}

function describe(source: NetworkSource, mode: MultilateralMode, what: string): string {
  const version = source.version ? ` (version ${source.version})` : "";
  return `${source.title}${version}: ${what}. ${MODE_DESCRIPTION[mode]} Multilateral mode: ${mode}. Made with Lattice from ${source.url}`;
}

/** Node and edge spells from the edges' first and last days ("" = still in effect: open end). */
function spellsOf(graph: NetworkGraph): Map<string, { start: string; end: string }> {
  const spells = new Map<string, { start: string; end: string }>();
  graph.forEachEdge((_key, e, source, target) => {
    for (const node of [source, target]) {
      const s = spells.get(node);
      if (!s) spells.set(node, { start: e.start_day, end: e.end_day });
      else {
        if (e.start_day < s.start) s.start = e.start_day;
        if (s.end !== "" && (e.end_day === "" || e.end_day > s.end)) s.end = e.end_day;
      }
    }
  });
  return spells;
}

function addSpell(doc: Document, element: Element, start: string, end: string) {
  const spells = doc.createElementNS(GEXF_NS, "spells");
  const spell = doc.createElementNS(GEXF_NS, "spell");
  spell.setAttribute("start", start);
  if (end) spell.setAttribute("end", end);
  spells.append(spell);
  element.append(spells);
}

/** GEXF 1.3, dynamic: every agreement that passes the filters, over the whole timeline. */
export function networkGexf(
  p: PreparedDataset,
  filter: AgreementFilter,
  mode: MultilateralMode,
  source: NetworkSource,
): string {
  const graph = buildNetwork(p, filteredAgreements(p, filter), mode, latestDayNumber(p.dataset.timeline.end));
  graph.updateAttributes(() => ({
    creator: "Lattice",
    description: describe(source, mode, "security agreements over the whole timeline, as edges with spells"),
    keywords: `multilateral-${mode}`,
  }));
  const xml = writeGexf<NodeAttributes, EdgeAttributes>(graph, {
    version: "1.3",
    formatNode: (_key, { label, color, ...attributes }) => ({ label, viz: { color }, attributes }),
    formatEdge: (_key, { label, weight, ...attributes }) => ({
      label,
      weight,
      viz: { color: KIND_INFO[attributes.kind as AgreementKind]?.color ?? "#777777" },
      attributes,
    }),
  });
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const graphElement = doc.getElementsByTagNameNS(GEXF_NS, "graph")[0]!;
  graphElement.setAttribute("mode", "dynamic");
  graphElement.setAttribute("timeformat", "date");
  graphElement.setAttribute("timerepresentation", "interval");
  const nodeSpells = spellsOf(graph);
  for (const node of Array.from(doc.getElementsByTagNameNS(GEXF_NS, "node"))) {
    const spell = nodeSpells.get(node.getAttribute("id")!);
    if (spell) addSpell(doc, node, spell.start, spell.end);
  }
  for (const edge of Array.from(doc.getElementsByTagNameNS(GEXF_NS, "edge"))) {
    const e = graph.getEdgeAttributes(edge.getAttribute("id")!);
    addSpell(doc, edge, e.start_day, e.end_day);
  }
  return withDeclaration(new XMLSerializer().serializeToString(doc));
}

/** XMLSerializer leaves out the XML declaration in some engines; the files always have it. */
const withDeclaration = (xml: string) =>
  xml.startsWith("<?xml") ? xml : `<?xml version="1.0" encoding="UTF-8"?>\n${xml}`;

type KeyType = "string" | "int" | "boolean";
const NODE_KEYS: [string, KeyType][] = [
  ["name", "string"],
  ["node_type", "string"],
  ["region", "string"],
  ["quad_member", "boolean"],
  ["color", "string"],
];
const EDGE_KEYS: [string, KeyType][] = [
  ["agreement_id", "string"],
  ["title", "string"],
  ["kind", "string"],
  ["depth", "int"],
  ["weight", "int"],
  ["group", "string"],
  ["signed", "string"],
  ["in_force", "string"],
  ["ended", "string"],
  ["end_reason", "string"],
  ["status", "string"],
];

/** GraphML, static: the network on the view's date under its filters. */
export function networkGraphml(vm: ViewModel, mode: MultilateralMode, source: NetworkSource): string {
  const graph = viewNetwork(vm, mode);
  const doc = document.implementation.createDocument(GRAPHML_NS, "graphml", null);
  const root = doc.documentElement;
  const el = (name: string, attributes: Record<string, string>, text?: string) => {
    const e = doc.createElementNS(GRAPHML_NS, name);
    for (const [k, v] of Object.entries(attributes)) e.setAttribute(k, v);
    if (text !== undefined) e.textContent = text;
    return e;
  };
  root.append(
    el("key", { id: "description", for: "graph", "attr.name": "description", "attr.type": "string" }),
  );
  root.append(el("key", { id: "date", for: "graph", "attr.name": "date", "attr.type": "string" }));
  root.append(
    el("key", { id: "multilateral", for: "graph", "attr.name": "multilateral", "attr.type": "string" }),
  );
  for (const [name, type] of NODE_KEYS)
    root.append(el("key", { id: `n_${name}`, for: "node", "attr.name": name, "attr.type": type }));
  for (const [name, type] of EDGE_KEYS)
    root.append(el("key", { id: `e_${name}`, for: "edge", "attr.name": name, "attr.type": type }));
  const g = el("graph", { id: "lattice", edgedefault: "undirected" });
  g.append(el("data", { key: "description" }, describe(source, mode, `the network on ${vm.dayIso}`)));
  g.append(el("data", { key: "date" }, vm.dayIso));
  g.append(el("data", { key: "multilateral" }, mode));
  const data = (
    parent: Element,
    prefix: string,
    keys: [string, KeyType][],
    values: Record<string, unknown>,
  ) => {
    for (const [name] of keys) {
      const value = values[name];
      if (value === "" || value === undefined || value === null) continue;
      parent.append(el("data", { key: `${prefix}${name}` }, String(value)));
    }
  };
  graph.forEachNode((key, attributes) => {
    const node = el("node", { id: key });
    data(node, "n_", NODE_KEYS, attributes);
    g.append(node);
  });
  graph.forEachEdge((key, attributes, sourceNode, target) => {
    const edge = el("edge", { id: key, source: sourceNode, target });
    data(edge, "e_", EDGE_KEYS, attributes);
    g.append(edge);
  });
  root.append(g);
  return withDeclaration(new XMLSerializer().serializeToString(doc));
}
