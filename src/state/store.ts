/**
 * The one store: what the user chose (ViewState) plus the notices about URL values that were
 * dropped. It never holds the dataset or anything derived from it. Each change says how it should
 * reach the browser history: deliberate changes push an entry (so Back undoes them), continuous ones
 * (scrubbing, playing) replace the current entry, and changes read from the URL write nothing.
 */
import { create } from "zustand";
import { parseQuery } from "./url-codec";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

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
  update: (patch: Partial<ViewState>, mode?: HistoryMode) => void;
  /** Replace the whole view, e.g. from the URL on back/forward. */
  replaceView: (view: ViewState, mode?: HistoryMode) => void;
  addNotices: (texts: string[]) => void;
  dismissNotice: (id: string) => void;
}

let noticeCounter = 0;

function initialFromUrl(): { view: ViewState; notices: Notice[] } {
  if (typeof window === "undefined") return { view: DEFAULT_VIEW, notices: [] };
  const { state, problems } = parseQuery(window.location.search);
  return {
    view: state,
    notices: problems.map((p) => ({
      id: `n${++noticeCounter}`,
      text: `Ignored ${p.param}=${p.value}: ${p.reason}.`,
    })),
  };
}

const initial = initialFromUrl();

export const useViewStore = create<ViewStore>()((set) => ({
  view: initial.view,
  historyMode: "none",
  notices: initial.notices,
  update: (patch, mode = "push") => set((s) => ({ view: { ...s.view, ...patch }, historyMode: mode })),
  replaceView: (view, mode = "none") => set({ view, historyMode: mode }),
  addNotices: (texts) =>
    set((s) => ({ notices: [...s.notices, ...texts.map((text) => ({ id: `n${++noticeCounter}`, text }))] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
}));

/** Selects one key of the view; components re-render only when that key changes. */
export function useView<K extends keyof ViewState>(key: K): ViewState[K] {
  return useViewStore((s) => s.view[key]);
}

export const updateView = (patch: Partial<ViewState>, mode?: HistoryMode) =>
  useViewStore.getState().update(patch, mode);
