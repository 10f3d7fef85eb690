import { DatasetLoadError } from "../data/load-dataset";
import { formatProblem } from "../data/validate";

const TITLES: Record<string, string> = {
  network: "Network failure",
  http: "The server refused the dataset",
  "too-large": "The dataset is too large",
  "not-json": "The dataset is not JSON",
  schema: "The dataset has errors",
  "bad-url": "The dataset address is not allowed",
};

/** Names what went wrong with a dataset, lists problems with their JSON paths, and offers a retry. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const known = error instanceof DatasetLoadError ? error : null;
  const title = known
    ? (TITLES[known.kind] ?? "The dataset could not be loaded")
    : "The dataset could not be loaded";
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="load-error" role="alert" aria-labelledby="load-error-title">
      <h2 id="load-error-title">{title}</h2>
      <p>{detail}</p>
      {known && known.problems.length > 0 && (
        <>
          <p>
            {known.problems.length} problem{known.problems.length === 1 ? "" : "s"} found:
          </p>
          <ul className="problem-list" aria-label="Problems">
            {known.problems.map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </section>
  );
}
