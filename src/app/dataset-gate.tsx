import { useQuery } from "@tanstack/react-query";
import { BUNDLED_DATASET_URL, datasetQueryOptions } from "../data/load-dataset";
import { LoadError } from "../components/load-error";
import { Dashboard } from "./dashboard";

/** Loads the dataset and shows loading, error (with Retry) or the dashboard: never a blank page. */
export function DatasetGate() {
  const query = useQuery(datasetQueryOptions(BUNDLED_DATASET_URL));
  if (query.isPending)
    return (
      <main className="gate" aria-busy="true">
        <p role="status">Loading dataset…</p>
      </main>
    );
  if (query.isError)
    return (
      <main className="gate">
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </main>
    );
  return <Dashboard loaded={query.data} />;
}
