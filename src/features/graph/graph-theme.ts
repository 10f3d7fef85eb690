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

export function graphTheme(present: boolean): GraphTheme {
  return present ? DARK_THEME : LIGHT_THEME;
}
