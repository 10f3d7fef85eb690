/**
 * What the user can do about the dataset: open a file, go back to the bundled one, and (after a
 * failed or cancelled load) put the choice back to the dataset that is still on screen, so the
 * address bar, the banner and the data always agree.
 */
import type { QueryClient } from "@tanstack/react-query";
import { loadDatasetFile, type LoadedDataset } from "../../data/load-dataset";
import { updateView, useViewStore } from "../../state/store";
import { fileDatasetQueryOptions } from "./file-dataset-query";
import { useSourceStore } from "./source-store";

let fileCounter = 0;
/** The latest file asked for: an earlier one that finishes reading later must not replace it. */
let latestOpen = 0;

function chooseFile(queryClient: QueryClient, loaded: LoadedDataset, name: string) {
  const key = String(++fileCounter);
  queryClient.setQueryData(fileDatasetQueryOptions(key).queryKey, loaded);
  useSourceStore.getState().set({ file: { key, name } });
}

/**
 * Reads, parses and validates a picked or dropped file. On success it replaces the dataset on screen
 * (and `data=` leaves the URL: a file cannot travel in a link); on failure nothing changes but the
 * problems panel.
 */
export async function openDatasetFile(queryClient: QueryClient, file: File): Promise<void> {
  const sources = useSourceStore.getState();
  const ticket = ++latestOpen;
  sources.set({ opening: file.name, failure: null });
  try {
    const loaded = await loadDatasetFile(file);
    if (ticket !== latestOpen) return;
    chooseFile(queryClient, loaded, file.name);
    sources.set({ opening: null });
    // Pushed (not read from the URL), so the file is kept: see useFileYieldsToUrl.
    if (useViewStore.getState().view.data !== null) updateView({ data: null }, "push");
  } catch (error) {
    if (ticket !== latestOpen) return;
    sources.set({ opening: null, failure: { error, retry: null } });
  }
}

export function showBundledDataset(): void {
  useSourceStore.getState().set({ file: null, failure: null });
  if (useViewStore.getState().view.data !== null) updateView({ data: null }, "push");
}

/** Asks again for a `data=` value that failed (a network hiccup, a fixed file on the server). */
export function retryDataUrl(data: string | null): void {
  useSourceStore.getState().set({ file: null, failure: null });
  updateView({ data }, "push");
}

/** Makes the choice (URL or file) name the dataset on screen again, without a new history entry. */
export function restoreChoice(queryClient: QueryClient, shown: LoadedDataset): void {
  const source = shown.source;
  if (source.kind === "file") chooseFile(queryClient, shown, source.name);
  else useSourceStore.getState().set({ file: null });
  const data = source.kind === "url" ? source.url : null;
  if (useViewStore.getState().view.data !== data) updateView({ data }, "replace");
}
