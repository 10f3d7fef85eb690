import { queryOptions } from "@tanstack/react-query";
import { DatasetLoadError, type LoadedDataset } from "../../data/load-dataset";

/**
 * A file's dataset sits in the React Query cache like a fetched one, so the app shows every dataset
 * the same way. It is put there once it has been read and validated (setQueryData); the query
 * function only runs if the entry was somehow lost, and then asks for the file again.
 */
export function fileDatasetQueryOptions(key: string) {
  return queryOptions({
    // Typed like datasetQueryOptions' key, so the app can switch between the two in one useQuery.
    queryKey: ["dataset", "file", key] as string[],
    queryFn: (): Promise<LoadedDataset> =>
      Promise.reject(
        new DatasetLoadError("unreadable", "The opened file is no longer available; open it again"),
      ),
    staleTime: Infinity,
    retry: false,
  });
}
