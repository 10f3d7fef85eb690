/**
 * The one store: what the user chose (ViewState) plus the notices about URL values that were
 * dropped. It never holds the dataset or anything derived from it. Each change says how it should
 * reach the browser history: deliberate changes push an entry (so Back undoes them), continuous ones
 * (scrubbing, playing) replace the current entry, and changes read from the URL write nothing.
 * While the timeline plays, `heldTime` is the date the parts of the dashboard that do not show the
 * date follow (src/app/use-view-model.ts).
 */
import { create } from "zustand";
import { parseQuery, type ParamProblem } from "./url-codec";
import { DEFAULT_VIEW, type TimeToken, type ViewState } from "./view-state";

export type HistoryMode = "push" | "replace" | "none";

export interface Notice {
  id: string;
  text: string;
}

export interface ViewStore {
  view: ViewState;
  /** How the last change should be written to the history (read by the URL sync). */
  historyMode: HistoryMode;
  notices: Notice[];
  /** While playing: the date the dashboard's other parts show, moved twice a second; else null. */
  heldTime: TimeToken | null;
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Replace the whole view, e.g. from the URL on back/forward. */
  replaceView: (view: ViewState, mode?: HistoryMode) => void;
  addNotices: (texts: string[]) => void;
  dismissNotice: (id: string) => void;
  dismissAllNotices: () => void;
  setHeldTime: (time: TimeToken | null) => void;
}

let noticeCounter = 0;

/** Kept at most: a URL with hundreds of bad parameters must not grow the page without end. */
export const MAX_NOTICES = 50;

/** Every notice text shown in this page's life: Back and Forward do not bring a dismissed one back. */
const shownNoticeTexts = new Set<string>();

/** What a notice says about an ignored URL parameter. */
export const problemNotice = (p: ParamProblem) => `Ignored ${p.param}=${p.value}: ${p.reason}.`;

function newNotices(current: readonly Notice[], texts: readonly string[]): Notice[] {
  const added: Notice[] = [];
  for (const text of texts) {
    if (shownNoticeTexts.has(text)) continue;
    shownNoticeTexts.add(text);
    added.push({ id: `n${++noticeCounter}`, text });
  }
  return added.length ? [...current, ...added].slice(0, MAX_NOTICES) : (current as Notice[]);
}

function initialFromUrl(): { view: ViewState; notices: Notice[] } {
  if (typeof window === "undefined") return { view: DEFAULT_VIEW, notices: [] };
  const { state, problems } = parseQuery(window.location.search);
  return {
    view: state,
    notices: newNotices([], problems.map(problemNotice)),
  };
}

const initial = initialFromUrl();

export const useViewStore = create<ViewStore>()((set) => ({
  view: initial.view,
  historyMode: "none",
  notices: initial.notices,
  heldTime: null,
  update: (patch, mode = "push") => set((s) => ({ view: { ...s.view, ...patch }, historyMode: mode })),
  replaceView: (view, mode = "none") => set({ view, historyMode: mode }),
  addNotices: (texts) => set((s) => ({ notices: newNotices(s.notices, texts) })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissAllNotices: () => set({ notices: [] }),
  setHeldTime: (heldTime) => set({ heldTime }),
}));

/** Selects one key of the view; components re-render only when that key changes. */
export function useView<K extends keyof ViewState>(key: K): ViewState[K] {
  return useViewStore((s) => s.view[key]);
}

export const updateView = (patch: Partial<ViewState>, mode?: HistoryMode) =>
  useViewStore.getState().update(patch, mode);
