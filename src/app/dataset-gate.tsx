import { useDeferredValue } from "react";
import { LoadError } from "../components/load-error";
import { showBundledDataset } from "../features/data-source/source-actions";
import { useShownDataset } from "../features/data-source/use-shown-dataset";
import { Dashboard } from "./dashboard";

/**
 * Shows the dashboard for the chosen dataset; while the first one loads, a message; if the first one
 * fails, a full-page error with Retry. Later failures keep the dataset on screen (see useShownDataset).
 */
export function DatasetGate() {
  const { shown: chosen, error, retry, loading } = useShownDataset();
  // The dashboard for a newly loaded dataset renders as a transition, which React splits into ~5 ms
  // slices, rather than in one task inside the query's notification, which would be the longest
  // task of the load (docs/performance.md, Decisions: Load). Meanwhile the previous dataset,
  // or the loading message, stays on screen.
  const shown = useDeferredValue(chosen);
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
      <p role="status">
        {chosen ? "Drawing the dashboard…" : `Loading dataset${loading ? ` from ${loading}` : ""}…`}
      </p>
    </main>
  );
}
