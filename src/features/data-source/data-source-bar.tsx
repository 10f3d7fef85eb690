import { useIsFetching, useQueryClient } from "@tanstack/react-query";
import { LoadError } from "../../components/load-error";
import { describeDataUrl, type LoadedDataset } from "../../data/load-dataset";
import { useView } from "../../state/store";
import { DropOverlay } from "./drop-overlay";
import { ForeignBanner } from "./foreign-banner";
import { restoreChoice, retryDataUrl } from "./source-actions";
import { useSourceStore } from "./source-store";
import "./data-source.css";
import { Isolated } from "../../components/isolated-text";

/**
 * Under the header: progress of a dataset being opened (with Cancel), the problems of one that could
 * not be (the shown dataset stays), and the banner that marks any dataset that is not the bundled one.
 */
export function DataSourceBar({ loaded }: { loaded: LoadedDataset }) {
  const queryClient = useQueryClient();
  const data = useView("data");
  const opening = useSourceStore((s) => s.opening);
  const failure = useSourceStore((s) => s.failure);
  const fetching = useIsFetching({ queryKey: ["dataset"] }) > 0;
  const dismiss = () => useSourceStore.getState().set({ failure: null });
  const loading =
    opening ?? (fetching ? (data === null ? "the bundled dataset" : describeDataUrl(data)) : null);
  return (
    <div className="data-source-bar">
      {loading !== null && (
        <p className="source-loading" role="status">
          <span className="spinner" aria-hidden="true" /> Opening {loading}…{" "}
          {opening === null && (
            <button type="button" className="link-button" onClick={() => restoreChoice(queryClient, loaded)}>
              Cancel
            </button>
          )}
        </p>
      )}
      {failure && (
        <LoadError
          className="source-failure"
          error={failure.error}
          onRetry={failure.retry ? () => retryDataUrl(failure.retry!.data) : undefined}
          actions={
            <button type="button" onClick={dismiss}>
              Dismiss
            </button>
          }
        >
          <p className="kept">
            Still showing &ldquo;
            <Isolated text={loaded.dataset.title} />
            &rdquo;: nothing was lost.
          </p>
        </LoadError>
      )}
      <ForeignBanner loaded={loaded} />
      <DropOverlay />
    </div>
  );
}
