/**
 * Canvas colours for the two themes: the light analyst view and the dark, high-contrast
 * presentation theme (projectors wash out light greys, so the dark theme lifts node fills and
 * draws labels in near-white on a dark halo). Link colours are the kind palette in both.
 */
import { NODE_CATEGORY, type NodeCategory } from "./node-colors";

export interface GraphTheme {
  labelInk: string;
  hubLabelInk: string;
  labelHalo: string;
  selectedRing: string;
  nodeOutline: string;
  hubStroke: string;
  nodeFill: Record<NodeCategory, string>;
}

export const LIGHT_THEME: GraphTheme = {
  labelInk: "#0f172a",
  hubLabelInk: "#334155",
  labelHalo: "rgba(255,255,255,0.92)",
  selectedRing: "#0f172a",
  nodeOutline: "#ffffff",
  hubStroke: "#334155",
  nodeFill: {
    [NODE_CATEGORY.other]: "#7b8794",
    [NODE_CATEGORY.quad]: "#1f3a6e",
    [NODE_CATEGORY.hub]: "#ffffff",
  },
};

export const DARK_THEME: GraphTheme = {
  labelInk: "#f8fafc",
  hubLabelInk: "#e2e8f0",
  labelHalo: "rgba(11,17,32,0.92)",
  selectedRing: "#fbbf24",
  nodeOutline: "#0b1120",
  hubStroke: "#e2e8f0",
  nodeFill: {
    [NODE_CATEGORY.other]: "#94a3b8",
    [NODE_CATEGORY.quad]: "#60a5fa",
    [NODE_CATEGORY.hub]: "#0f172a",
  },
};

/**
 * Presentation mode's light theme, for bright rooms where projectors wash out a dark stage: pure
 * white, near-black labels on a white halo, and node fills dark enough to hold ≥ 4.5:1 on white.
 */
export const PRESENT_LIGHT_THEME: GraphTheme = {
  labelInk: "#020617",
  hubLabelInk: "#1e293b",
  labelHalo: "rgba(255,255,255,0.95)",
  selectedRing: "#b45309",
  nodeOutline: "#ffffff",
  hubStroke: "#0f172a",
  nodeFill: {
    [NODE_CATEGORY.other]: "#475569",
    [NODE_CATEGORY.quad]: "#1d4ed8",
    [NODE_CATEGORY.hub]: "#ffffff",
  },
};

/** The analyst's light view, or presentation mode's dark (default) or light theme. */
export function graphTheme(present: boolean, light = false): GraphTheme {
  if (!present) return LIGHT_THEME;
  return light ? PRESENT_LIGHT_THEME : DARK_THEME;
}
