import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import {
  BUNDLED_DATASET_URL,
  datasetQueryOptions,
  describeDataUrl,
  type LoadedDataset,
} from "../../data/load-dataset";
import { useView, useViewStore } from "../../state/store";
import { fileDatasetQueryOptions } from "./file-dataset-query";
import { restoreChoice } from "./source-actions";
import { useSourceStore } from "./source-store";

export interface ShownDataset {
  /** The dataset to show: the chosen one once loaded, meanwhile (or if it fails) the previous one. */
  shown: LoadedDataset | null;
  /** Only when there is nothing to show: why the first load failed. */
  error: unknown;
  retry: () => void;
  /** What is being loaded, for the first-load message. */
  loading: string;
}

/**
 * Decides what the app shows. The choice is the opened file if any, else `data=` (else the bundled
 * dataset). A failed choice never replaces what is on screen: the failure goes to the problems
 * panel and the choice is put back (restoreChoice), so nothing is lost.
 */
export function useShownDataset(): ShownDataset {
  const queryClient = useQueryClient();
  const data = useView("data");
  const file = useSourceStore((s) => s.file);
  useFileYieldsToUrl();
  const query = useQuery(
    file ? fileDatasetQueryOptions(file.key) : datasetQueryOptions(data ?? BUNDLED_DATASET_URL),
  );
  const [shown, setShown] = useState<LoadedDataset | null>(null);
  // Remember the last dataset that loaded (React's pattern for state derived from a previous render).
  if (query.isSuccess && query.data !== shown) setShown(query.data);

  const failure = query.isError && shown !== null ? query.error : null;
  useEffect(() => {
    if (failure === null || shown === null) return;
    useSourceStore.getState().set({
      failure: { error: failure, retry: file ? null : { data } },
    });
    restoreChoice(queryClient, shown);
  }, [failure, shown, file, data, queryClient]);

  return {
    shown: query.isSuccess ? query.data : shown,
    error: shown === null && query.isError ? query.error : null,
    retry: () => void query.refetch(),
    loading: data === null ? "" : describeDataUrl(data),
  };
}

/**
 * A file is not in the URL, so when Back/Forward (a change read from the URL, historyMode "none")
 * brings another `data=`, the URL wins and the file is let go. Changes the app pushes itself, such as
 * opening the file, leave it.
 */
function useFileYieldsToUrl(): void {
  useEffect(
    () =>
      useViewStore.subscribe((state, previous) => {
        if (state.view.data === previous.view.data || state.historyMode !== "none") return;
        if (useSourceStore.getState().file) useSourceStore.getState().set({ file: null });
      }),
    [],
  );
}
