/**
 * Agreement and event kinds. Colours are the Okabe–Ito palette, chosen because its eight hues stay
 * distinguishable under protanopia, deuteranopia and tritanopia; the yellow is darkened (#B59A00) so
 * that thin links stay visible on a light background. See docs/data-format.md.
 */
export const AGREEMENT_KINDS = [
  "alliance",
  "access",
  "technology",
  "equipment",
  "information",
  "logistics",
  "declaration",
  "dialogue",
] as const;

export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export interface KindInfo {
  label: string;
  color: string;
  defaultDepth: number;
  description: string;
}

export const KIND_INFO: Record<AgreementKind, KindInfo> = {
  alliance: {
    label: "Treaty alliance",
    color: "#D55E00",
    defaultDepth: 5,
    description: "Mutual defence treaty or standing alliance arrangement",
  },
  access: {
    label: "Access & basing",
    color: "#0072B2",
    defaultDepth: 4,
    description: "Reciprocal access, visiting forces, basing and force posture",
  },
  technology: {
    label: "Technology partnership",
    color: "#CC79A7",
    defaultDepth: 4,
    description: "Strategic technology or industrial partnership (AUKUS, iCET)",
  },
  equipment: {
    label: "Defence equipment",
    color: "#E69F00",
    defaultDepth: 3,
    description: "Defence equipment and technology transfer or co-development",
  },
  information: {
    label: "Information security",
    color: "#56B4E9",
    defaultDepth: 2,
    description: "Information security and intelligence sharing (GSOMIA, COMCASA, BECA)",
  },
  logistics: {
    label: "Logistics",
    color: "#009E73",
    defaultDepth: 2,
    description: "Mutual logistics support (ACSA, LEMOA, MLSA)",
  },
  declaration: {
    label: "Security declaration",
    color: "#B59A00",
    defaultDepth: 1,
    description: "Security declaration, strategic partnership or defence guidelines",
  },
  dialogue: {
    label: "Dialogue",
    color: "#7F7F7F",
    defaultDepth: 1,
    description: "Standing consultation mechanism such as the Quad",
  },
};

export const DEPTH_MEANING: Record<number, string> = {
  1: "Declaratory: consultation or political commitment",
  2: "Enabling: information or logistics arrangements",
  3: "Industrial: equipment and technology cooperation",
  4: "Operational: forces or strategic technology shared",
  5: "Mutual defence: treaty alliance",
};

export const EVENT_KINDS = ["summit", "ministerial", "exercise", "announcement"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABEL: Record<EventKind, string> = {
  summit: "Summit",
  ministerial: "Ministerial (incl. 2+2)",
  exercise: "Exercise",
  announcement: "Announcement",
};

export const REGIONS = [
  "East Asia",
  "South Asia",
  "Southeast Asia",
  "Oceania",
  "North America",
  "Europe",
] as const;

/** Why an agreement stopped being in effect (`ended`); `supersededBy` names the successor. */
export const END_REASONS = ["superseded", "terminated", "expired", "cancelled", "lapsed"] as const;
export type EndReason = (typeof END_REASONS)[number];

export const END_REASON_LABEL: Record<EndReason, string> = {
  superseded: "Replaced",
  terminated: "Terminated",
  expired: "Expired",
  cancelled: "Cancelled",
  lapsed: "Lapsed",
};

/** How authoritative a source is; the bundled dataset lists official sources first. */
export const SOURCE_TYPES = ["official", "news", "analysis", "reference"] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export const SOURCE_TYPE_LABEL: Record<SourceType, string> = {
  official: "Official",
  news: "News",
  analysis: "Analysis",
  reference: "Reference",
};
