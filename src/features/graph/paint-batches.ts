/**
 * What the app's painters (paint.ts) draw from, derived once per layout or per style: link and node
 * geometry as typed arrays (nodes never move), and the drawn links and nodes grouped by look, so a
 * frame is a few state changes and one path per group. The live canvas and the exports (PNG, SVG,
 * slide) paint links and nodes with these.
 *
 * Level of detail: above HAIRLINE_LINK_COUNT drawn links, ordinary links are drawn 1 px wide. A
 * stroke of at most one device pixel is drawn as a hairline, several times faster than a wider one
 * in software rendering (docs/performance.md, Method, "Reference page"), and at that density widths
 * cannot be told apart anyway. Highlighted and new-since links keep their width.
 */
import type { GraphIndex } from "./graph-index";
import { AGREEMENT_KINDS } from "../../data/kinds";
import { LOOK_COUNT, TONE, type DashStyle, type GraphStyle, type Tone } from "./graph-style";
import { NODE_CATEGORY, type NodeCategory } from "./node-colors";
import type { Positions } from "../../data/layout/layout";

export const HAIRLINE_LINK_COUNT = 2000;

/**
 * Per link, in graph units: ends, quadratic control point (NaN for straight), the unit normal of
 * the line between the ends (to offset a hairline bundle, paint.ts) and bounding box; per node,
 * its position.
 */
export interface LinkGeometry {
  nodeX: Float32Array;
  nodeY: Float32Array;
  x0: Float32Array;
  y0: Float32Array;
  x1: Float32Array;
  y1: Float32Array;
  cx: Float32Array;
  cy: Float32Array;
  nx: Float32Array;
  ny: Float32Array;
  minX: Float32Array;
  minY: Float32Array;
  maxX: Float32Array;
  maxY: Float32Array;
}

/** The same control point as the library's, so hover areas (drawn by the library) match. */
export function linkGeometry(index: GraphIndex, positions: Positions): LinkGeometry {
  const n = index.model.links.length;
  const nodes = index.model.nodes;
  // Each node's position read once by id (not twice per link), in doubles like the positions, so
  // the curve arithmetic below is unchanged.
  const x = new Float64Array(nodes.length);
  const y = new Float64Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const p = positions[nodes[i]!.id];
    x[i] = p?.x ?? 0;
    y[i] = p?.y ?? 0;
  }
  const g: LinkGeometry = {
    nodeX: new Float32Array(x),
    nodeY: new Float32Array(y),
    x0: new Float32Array(n),
    y0: new Float32Array(n),
    x1: new Float32Array(n),
    y1: new Float32Array(n),
    cx: new Float32Array(n),
    cy: new Float32Array(n),
    nx: new Float32Array(n),
    ny: new Float32Array(n),
    minX: new Float32Array(n),
    minY: new Float32Array(n),
    maxX: new Float32Array(n),
    maxY: new Float32Array(n),
  };
  for (let k = 0; k < n; k++) {
    const s = { x: x[index.linkSource[k]!]!, y: y[index.linkSource[k]!]! };
    const t = { x: x[index.linkTarget[k]!]!, y: y[index.linkTarget[k]!]! };
    const curvature = index.model.links[k]!.curvature;
    g.x0[k] = s.x;
    g.y0[k] = s.y;
    g.x1[k] = t.x;
    g.y1[k] = t.y;
    const length = Math.hypot(t.x - s.x, t.y - s.y);
    g.nx[k] = length > 0 ? -(t.y - s.y) / length : 0;
    g.ny[k] = length > 0 ? (t.x - s.x) / length : 0;
    if (curvature && length > 0) {
      const a = Math.atan2(t.y - s.y, t.x - s.x);
      const d = length * curvature;
      g.cx[k] = (s.x + t.x) / 2 + d * Math.cos(a - Math.PI / 2);
      g.cy[k] = (s.y + t.y) / 2 + d * Math.sin(a - Math.PI / 2);
    } else {
      g.cx[k] = Number.NaN;
      g.cy[k] = Number.NaN;
    }
    const cx = Number.isNaN(g.cx[k]!) ? s.x : g.cx[k]!;
    const cy = Number.isNaN(g.cy[k]!) ? s.y : g.cy[k]!;
    // A quadratic curve stays inside the hull of its three points.
    g.minX[k] = Math.min(s.x, t.x, cx);
    g.maxX[k] = Math.max(s.x, t.x, cx);
    g.minY[k] = Math.min(s.y, t.y, cy);
    g.maxY[k] = Math.max(s.y, t.y, cy);
  }
  return g;
}

export interface LinkBatch {
  color: string;
  /** Screen pixels. */
  width: number;
  dash: DashStyle;
  /** Link indices. */
  links: Int32Array;
}

export interface LinkBatches {
  /** Drawn in order: dimmed first, highlighted last (on top). */
  batches: LinkBatch[];
  /** Links that get a glow underneath (new since the compare date). */
  glow: Int32Array;
  hairlines: boolean;
}

/**
 * Groups the drawn links by stroke style (an integer key per link, counting sort: no strings);
 * dim styles first so lit links end up on top.
 */
export function batchLinks(style: GraphStyle): LinkBatches {
  const n = style.linkVisible.length;
  const counts = new Int32Array(AGREEMENT_KINDS.length * LOOK_COUNT);
  let drawn = 0;
  let glowCount = 0;
  for (let k = 0; k < n; k++) {
    if (!style.linkVisible[k]) continue;
    drawn++;
    counts[style.linkKey[k]!]!++;
    glowCount += style.linkGlow[k]!;
  }
  const hairlines = drawn > HAIRLINE_LINK_COUNT;
  const lists: (Int32Array | undefined)[] = new Array(counts.length);
  const fill = new Int32Array(counts.length);
  const glow = new Int32Array(glowCount);
  let g = 0;
  const batches: (LinkBatch & { rank: number })[] = [];
  for (let k = 0; k < n; k++) {
    if (!style.linkVisible[k]) continue;
    const key = style.linkKey[k]!;
    let list = lists[key];
    if (!list) {
      list = lists[key] = new Int32Array(counts[key]!);
      const keepWidth = style.linkGlow[k] === 1 || style.linkRank[k] === 2;
      batches.push({
        color: style.linkColor[k]!,
        width: hairlines && !keepWidth ? 1 : style.linkWidth[k]!,
        dash: style.linkDash[k] as DashStyle,
        links: list,
        rank: style.linkRank[k]!,
      });
    }
    list[fill[key]!++] = k;
    if (style.linkGlow[k]) glow[g++] = k;
  }
  batches.sort((a, b) => a.rank - b.rank || a.width - b.width);
  return { batches: batches.map(({ rank: _rank, ...batch }) => batch), glow, hairlines };
}

export interface NodeBatch {
  category: NodeCategory;
  tone: Tone;
  nodes: Int32Array;
}

/** Draw order of tones: faded first, lit last (on top). */
const TONE_ORDER: Record<Tone, number> = {
  [TONE.dimmed]: 0,
  [TONE.ghost]: 1,
  [TONE.normal]: 2,
  [TONE.highlighted]: 3,
  [TONE.selected]: 4,
};

/** How many node categories there are: the group key below packs tone and category in one number. */
const CATEGORY_COUNT = Object.keys(NODE_CATEGORY).length;

/** Visible nodes grouped by category and tone, in drawing order (hubs above countries per tone). */
export function batchNodes(style: GraphStyle, category: Uint8Array): NodeBatch[] {
  const groups = new Map<number, number[]>();
  for (let i = 0; i < style.nodeVisible.length; i++) {
    if (!style.nodeVisible[i]) continue;
    const c = category[i]!;
    if (c >= CATEGORY_COUNT) throw new RangeError(`node ${i} has unknown colour category ${c}`);
    const key = TONE_ORDER[style.nodeTone[i] as Tone] * CATEGORY_COUNT + c;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  }
  return [...groups.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, list]) => ({
      category: category[list[0]!] as NodeCategory,
      tone: style.nodeTone[list[0]!] as Tone,
      nodes: Int32Array.from(list),
    }));
}

const LABEL_PRIORITY: Record<Tone, number> = {
  [TONE.selected]: 0,
  [TONE.highlighted]: 1,
  [TONE.normal]: 2,
  [TONE.ghost]: 3,
  [TONE.dimmed]: 4,
};

/**
 * Visible nodes in label priority: selected, highlighted, then (when `category` is given) Quad
 * members, then hubs (the marks the story is told with), then larger nodes before smaller.
 */
export function labelOrder(style: GraphStyle, category?: Uint8Array): Int32Array {
  const order: number[] = [];
  for (let i = 0; i < style.nodeVisible.length; i++) if (style.nodeVisible[i]) order.push(i);
  const rank = (i: number) =>
    !category ? 0 : category[i] === NODE_CATEGORY.quad ? 0 : category[i] === NODE_CATEGORY.hub ? 1 : 2;
  order.sort(
    (a, b) =>
      LABEL_PRIORITY[style.nodeTone[a] as Tone] - LABEL_PRIORITY[style.nodeTone[b] as Tone] ||
      rank(a) - rank(b) ||
      style.nodeRadius[b]! - style.nodeRadius[a]! ||
      a - b,
  );
  return Int32Array.from(order);
}
