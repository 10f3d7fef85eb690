import { LoadError } from "../components/load-error";
import { showBundledDataset } from "../features/data-source/source-actions";
import { useShownDataset } from "../features/data-source/use-shown-dataset";
import { Dashboard } from "./dashboard";

/**
 * Shows the dashboard for the chosen dataset; while the first one loads, a message; if the first one
 * fails, a full-page error with Retry. Later failures keep the dataset on screen (see useShownDataset).
 */
export function DatasetGate() {
  const { shown, error, retry, loading } = useShownDataset();
  if (shown) return <Dashboard loaded={shown} />;
  if (error)
    return (
      <main className="gate">
        <LoadError
          error={error}
          onRetry={retry}
          actions={
            loading && (
              <button type="button" onClick={showBundledDataset}>
                Open the bundled dataset
              </button>
            )
          }
        />
      </main>
    );
  return (
    <main className="gate" aria-busy="true">
      <p role="status">Loading dataset{loading ? ` from ${loading}` : ""}…</p>
    </main>
  );
}
