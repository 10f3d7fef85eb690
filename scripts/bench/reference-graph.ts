/**
 * The graph the minimal reference page draws: the app's own graph model and layout positions, with
 * each link's visibility interval (the app's rule under the default view: an agreement is drawn
 * from signature until it ends; a node when a drawn link touches it), flattened to plain JSON so
 * that the reference page needs nothing of the app. Same nodes, links, curvatures and positions.
 */
import { countedFromDay } from "../../src/data/active.ts";
import { buildGraphModel } from "../../src/data/graph-model.ts";
import { KIND_INFO } from "../../src/data/kinds.ts";
import type { Positions } from "../../src/data/layout/layout.ts";
import type { PreparedDataset } from "../../src/data/prepare.ts";

export interface ReferenceNode {
  id: string;
  label: string;
  hub: boolean;
  x: number;
  y: number;
}

export interface ReferenceLink {
  source: string;
  target: string;
  color: string;
  width: number;
  curvature: number;
  /** Drawn on days from ≤ day < to (to may be null: never ends). */
  from: number;
  to: number | null;
}

export interface ReferenceGraph {
  startDay: number;
  endDay: number;
  nodes: ReferenceNode[];
  links: ReferenceLink[];
}

export function referenceGraph(prepared: PreparedDataset, positions: Positions): ReferenceGraph {
  const model = buildGraphModel(prepared);
  return {
    startDay: prepared.startDay,
    endDay: prepared.endDay,
    nodes: model.nodes.map((n) => ({
      id: n.id,
      label: n.code,
      hub: n.type === "hub",
      x: positions[n.id]?.x ?? 0,
      y: positions[n.id]?.y ?? 0,
    })),
    links: model.links.map((l) => {
      const ended = prepared.endedDay[l.agreementIndex]!;
      return {
        source: l.source,
        target: l.target,
        color: KIND_INFO[l.kind].color,
        width: 0.6 + 0.5 * prepared.depth[l.agreementIndex]!,
        curvature: l.curvature,
        from: countedFromDay(prepared, l.agreementIndex, "signed"),
        to: ended === Infinity ? null : ended,
      };
    }),
  };
}
