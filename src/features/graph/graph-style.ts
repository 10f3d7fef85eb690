/**
 * How every node and link looks on the current date, decided in one pure pass over typed arrays.
 * The canvas callbacks only look values up here, so a date step costs one O(nodes + links) pass
 * and painting allocates nothing. Nothing here moves a node: positions come from the layout.
 *
 * Visual rules (also in README.md):
 * - a link is drawn when its agreement is shown, or, in compare mode, when it ended since the
 *   earlier date (then "ghosted": faint and dotted);
 * - a node is drawn when at least one drawn link touches it; its radius grows with the square root
 *   of its weighted degree on the date;
 * - a pending agreement (signed, not yet in force) is dashed; width grows with depth;
 * - selection or focus highlights the chosen nodes and links and dims everything else.
 */
import { statusAt } from "../../data/active";
import { AGREEMENT_KINDS, KIND_INFO, type AgreementKind } from "../../data/kinds";
import { goneSince, type ViewModel } from "../../data/view-model";
import type { GraphIndex } from "./graph-index";

export const TONE = { normal: 0, dimmed: 1, highlighted: 2, selected: 3, ghost: 4 } as const;
export type Tone = (typeof TONE)[keyof typeof TONE];

export const DASH = { solid: 0, pending: 1, ghost: 2 } as const;
export type DashStyle = (typeof DASH)[keyof typeof DASH];

export type LinkVariant = "normal" | "strong" | "faint" | "dim" | "ghost";

/** Node radius in graph units (the layout keeps nodes ~26 units apart, so 22 never overlaps). */
export const MIN_NODE_RADIUS = 4;
export const MAX_NODE_RADIUS = 22;
const RADIUS_PER_SQRT_DEGREE = 1.6;
export const HUB_HALF_SIZE = 7;

/** Square-root scale so that area, not radius, tracks weighted degree; capped so hubs never swamp. */
export function nodeRadius(weightedDegree: number): number {
  const r = MIN_NODE_RADIUS + RADIUS_PER_SQRT_DEGREE * Math.sqrt(Math.max(0, weightedDegree));
  return Math.min(MAX_NODE_RADIUS, r);
}

/** Nodes never get smaller than this on screen, so every node stays clickable when zoomed out. */
export const MIN_SCREEN_RADIUS = 3.5;

/**
 * The radius actually drawn, in graph units, at zoom k. Zooming in spreads nodes apart faster than
 * it grows them (on-screen radius grows with √k), so a close-up does not fill up with discs.
 */
export function drawnRadius(radius: number, k: number): number {
  const r = k > 1 ? radius / Math.sqrt(k) : radius;
  return Math.max(r, MIN_SCREEN_RADIUS / k);
}

/** Link width in screen pixels for a depth of 1 (declaratory) to 5 (mutual defence). */
export function linkWidthForDepth(depth: number): number {
  return 0.6 + 0.5 * Math.min(5, Math.max(1, depth));
}

export interface LinkLookInput {
  depth: number;
  pending: boolean;
  /** Compare mode: "added" since the earlier date, "ended" since then, "continuing", or null. */
  compare: "added" | "ended" | "continuing" | null;
  /** "on": part of the selection/focus; "off": something else is selected; "none": no selection. */
  highlight: "none" | "on" | "off";
}

export interface LinkLook {
  variant: LinkVariant;
  width: number;
  dash: DashStyle;
  glow: boolean;
}

export function decideLinkLook({ depth, pending, compare, highlight }: LinkLookInput): LinkLook {
  const base = linkWidthForDepth(depth);
  if (compare === "ended") {
    // Still dotted when selected, but in full colour so the selection can be seen.
    const lit = highlight === "on";
    return { variant: lit ? "strong" : "ghost", width: lit ? 1.75 : 1, dash: DASH.ghost, glow: false };
  }
  const dash = pending ? DASH.pending : DASH.solid;
  if (highlight === "off") return { variant: "dim", width: base, dash, glow: false };
  if (compare === "added") return { variant: "strong", width: base * 1.4 + 0.6, dash, glow: true };
  if (highlight === "on") return { variant: "strong", width: base + 0.8, dash, glow: false };
  // Compare mode: what was already there recedes so that what is new stands out.
  if (compare === "continuing")
    return { variant: "faint", width: Math.max(1, base * 0.8), dash, glow: false };
  return { variant: "normal", width: base, dash, glow: false };
}

/**
 * Every possible look, computed once: a link's look is a small integer, so styling 10,000 links
 * allocates nothing and batching can group by an integer key.
 */
export const LOOK_COUNT = 5 * 2 * 4 * 3;
const COMPARE_CODES = [null, "added", "ended", "continuing"] as const;
const HIGHLIGHT_CODES = ["none", "on", "off"] as const;

/** compare: 0 none, 1 added, 2 ended, 3 continuing; highlight: 0 none, 1 on, 2 off. */
export function lookId(depth: number, pending: boolean, compare: number, highlight: number): number {
  const d = Math.min(5, Math.max(1, depth)) - 1;
  return ((d * 2 + (pending ? 1 : 0)) * 4 + compare) * 3 + highlight;
}

export const LOOKS: readonly LinkLook[] = Array.from({ length: LOOK_COUNT }, (_, id) =>
  decideLinkLook({
    depth: Math.floor(id / 24) + 1,
    pending: Math.floor(id / 12) % 2 === 1,
    compare: COMPARE_CODES[Math.floor(id / 3) % 4]!,
    highlight: HIGHLIGHT_CODES[id % 3]!,
  }),
);

const VARIANT_ALPHA: Record<LinkVariant, number> = {
  normal: 0.72,
  strong: 1,
  faint: 0.3,
  dim: 0.12,
  ghost: 0.38,
};

export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

/** Every link colour string, built once, so styling never creates strings. */
export const LINK_COLORS: Record<AgreementKind, Record<LinkVariant, string>> = Object.fromEntries(
  AGREEMENT_KINDS.map((kind) => [
    kind,
    Object.fromEntries(
      (Object.keys(VARIANT_ALPHA) as LinkVariant[]).map((v) => [
        v,
        withAlpha(KIND_INFO[kind].color, VARIANT_ALPHA[v]),
      ]),
    ),
  ]),
) as Record<AgreementKind, Record<LinkVariant, string>>;

/**
 * The colour of each hairline in a bundle that draws a wide link (paint.ts): neighbouring hairlines
 * of a bundle overlap about twice on every pixel, so each gets the alpha whose double coat matches
 * the link's own: 1 − √(1 − alpha).
 */
export const BUNDLE_COLORS: ReadonlyMap<string, string> = new Map(
  AGREEMENT_KINDS.flatMap((kind) =>
    (Object.keys(VARIANT_ALPHA) as LinkVariant[]).map((v): [string, string] => [
      LINK_COLORS[kind][v],
      withAlpha(KIND_INFO[kind].color, 1 - Math.sqrt(1 - VARIANT_ALPHA[v])),
    ]),
  ),
);

export interface GraphSelection {
  country: string | null;
  agreement: string | null;
  focus: readonly string[];
}

export interface GraphStyle {
  nodeVisible: Uint8Array;
  nodeRadius: Float32Array;
  nodeTone: Uint8Array;
  linkVisible: Uint8Array;
  linkColor: string[];
  linkWidth: Float32Array;
  linkDash: Uint8Array;
  linkGlow: Uint8Array;
  /** Drawing order: 0 dimmed or ghosted, 1 normal, 2 highlighted (drawn last, on top). */
  linkRank: Uint8Array;
  /** kind index × LOOK_COUNT + look id: links with equal keys are stroked alike (batching). */
  linkKey: Uint16Array;
  visibleNodeIds: string[];
  /** True when a selection or focus is on screen (everything else is dimmed). */
  highlighting: boolean;
}

export function computeGraphStyle(index: GraphIndex, vm: ViewModel, selection: GraphSelection): GraphStyle {
  const { model, linkSource, linkTarget, linksOfAgreement } = index;
  const p = vm.prepared;
  const agreements = p.dataset.agreements;
  const nodeCount = model.nodes.length;
  const linkCount = model.links.length;

  // Per agreement: 1 added / 2 ended / 3 continuing in compare mode; drawn when shown or ghosted.
  const compare = new Uint8Array(agreements.length);
  if (vm.comparison) {
    for (const i of vm.shown) compare[i] = 3;
    for (const i of vm.comparison.added) compare[i] = 1;
    for (const i of goneSince(vm.comparison)) compare[i] = 2;
  }
  const drawn = (i: number) => vm.shownMask[i] === 1 || compare[i] === 2;

  // What the selection and focus light up: links, then their endpoints.
  const litLink = new Uint8Array(linkCount);
  const litNode = new Uint8Array(nodeCount);
  const lightAgreement = (a: number) => {
    for (const k of linksOfAgreement[a]!) litLink[k] = 1;
  };
  let selectedNode = -1;
  if (selection.country !== null && index.nodeIndexById.has(selection.country)) {
    selectedNode = index.nodeIndexById.get(selection.country)!;
    for (const i of vm.shown) if (agreements[i]!.parties.includes(selection.country)) lightAgreement(i);
  }
  if (selection.agreement !== null) {
    const i = p.agreementIndexById.get(selection.agreement);
    if (i !== undefined && drawn(i)) lightAgreement(i);
  }
  if (selection.focus.length > 0) {
    // Focus lights the focus countries and the links among them (through a hub if multilateral),
    // not the other parties of a shared multilateral agreement.
    const focusNode = new Uint8Array(nodeCount);
    for (const id of selection.focus) {
      const n = index.nodeIndexById.get(id);
      if (n !== undefined) focusNode[n] = litNode[n] = 1;
    }
    const inFocusOrHub = (n: number) => focusNode[n] === 1 || model.nodes[n]!.type === "hub";
    const needed = Math.min(2, selection.focus.length);
    for (const i of vm.shown) {
      let inFocus = 0;
      for (const party of agreements[i]!.parties)
        if (focusNode[index.nodeIndexById.get(party) ?? -1]) inFocus++;
      if (inFocus < needed) continue;
      for (const k of linksOfAgreement[i]!)
        if (inFocusOrHub(linkSource[k]!) && inFocusOrHub(linkTarget[k]!)) litLink[k] = 1;
    }
  }
  for (let k = 0; k < linkCount; k++) {
    if (!litLink[k]) continue;
    litNode[linkSource[k]!] = 1;
    litNode[linkTarget[k]!] = 1;
  }

  const nodeVisible = new Uint8Array(nodeCount);
  const nodeLive = new Uint8Array(nodeCount);
  const linkVisible = new Uint8Array(linkCount);
  for (let k = 0; k < linkCount; k++) {
    const a = model.links[k]!.agreementIndex;
    if (!drawn(a)) continue;
    linkVisible[k] = 1;
    nodeVisible[linkSource[k]!] = 1;
    nodeVisible[linkTarget[k]!] = 1;
    if (compare[a] !== 2) {
      nodeLive[linkSource[k]!] = 1;
      nodeLive[linkTarget[k]!] = 1;
    }
  }
  let highlighting = false;
  for (let n = 0; n < nodeCount && !highlighting; n++)
    highlighting = litNode[n] === 1 && nodeVisible[n] === 1;
  if (selectedNode >= 0 && nodeVisible[selectedNode]) highlighting = true;

  const linkColor: string[] = new Array(linkCount);
  const linkWidth = new Float32Array(linkCount);
  const linkDash = new Uint8Array(linkCount);
  const linkGlow = new Uint8Array(linkCount);
  const linkRank = new Uint8Array(linkCount);
  const linkKey = new Uint16Array(linkCount);
  const highlightCode = (k: number) => (!highlighting ? 0 : litLink[k] ? 1 : 2);
  for (let k = 0; k < linkCount; k++) {
    if (!linkVisible[k]) continue;
    const link = model.links[k]!;
    const a = link.agreementIndex;
    const pending = statusAt(p, a, vm.day) === "pending";
    const id = lookId(p.depth[a]!, pending, compare[a]!, highlightCode(k));
    const look = LOOKS[id]!;
    linkColor[k] = LINK_COLORS[link.kind][look.variant];
    linkWidth[k] = look.width;
    linkDash[k] = look.dash;
    linkGlow[k] = look.glow ? 1 : 0;
    linkRank[k] = look.variant === "strong" ? 2 : look.variant === "normal" ? 1 : 0;
    linkKey[k] = index.linkKind[k]! * LOOK_COUNT + id;
  }

  const nodeTone = new Uint8Array(nodeCount);
  const radius = new Float32Array(nodeCount);
  const visibleNodeIds: string[] = [];
  for (let n = 0; n < nodeCount; n++) {
    const node = model.nodes[n]!;
    radius[n] = node.type === "hub" ? HUB_HALF_SIZE : nodeRadius(vm.metrics.weightedDegree.get(node.id) ?? 0);
    if (!nodeVisible[n]) continue;
    visibleNodeIds.push(node.id);
    if (highlighting)
      nodeTone[n] = n === selectedNode ? TONE.selected : litNode[n] ? TONE.highlighted : TONE.dimmed;
    else nodeTone[n] = nodeLive[n] ? TONE.normal : TONE.ghost;
  }

  return {
    nodeVisible,
    nodeRadius: radius,
    nodeTone,
    linkVisible,
    linkColor,
    linkWidth,
    linkDash,
    linkGlow,
    linkRank,
    linkKey,
    visibleNodeIds,
    highlighting,
  };
}

/**
 * A hub stands for one or more agreements (the Quad of 2007 and of 2017). Clicking it selects the
 * most recently signed of those shown on the date, or of all of them if none is shown.
 */
export function agreementForHub(index: GraphIndex, vm: ViewModel, hubNode: number): string | null {
  const candidates = index.hubAgreements[hubNode] ?? [];
  const shown = candidates.filter((i) => vm.shownMask[i] === 1);
  const pool = shown.length > 0 ? shown : candidates;
  let best = -1;
  for (const i of pool) if (best < 0 || vm.prepared.signedDay[i]! >= vm.prepared.signedDay[best]!) best = i;
  return best < 0 ? null : vm.prepared.dataset.agreements[best]!.id;
}
