/**
 * Which dataset the user asked for beyond the URL, and what went wrong with the last attempt. The
 * `data=` parameter (view state) names URL datasets; a file the user opened is not in the URL, so its
 * choice lives here. The datasets themselves stay in the React Query cache, never in a store.
 */
import { create } from "zustand";

export interface FileChoice {
  /** Key of the file's dataset in the React Query cache (see fileDatasetQueryOptions). */
  key: string;
  name: string;
}

export interface SourceFailure {
  error: unknown;
  /** For a URL that failed, the `data=` value to try again; null for a file (pick it again). */
  retry: { data: string | null } | null;
}

interface SourceStore {
  file: FileChoice | null;
  /** A file being read and checked, for the progress message. */
  opening: string | null;
  /** The last failed attempt; the previously shown dataset stays on screen. */
  failure: SourceFailure | null;
  set: (patch: Partial<Omit<SourceStore, "set">>) => void;
}

export const useSourceStore = create<SourceStore>()((set) => ({
  file: null,
  opening: null,
  failure: null,
  set: (patch) => set(patch),
}));
