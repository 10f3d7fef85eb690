import { useId, type ReactNode } from "react";
import { DatasetLoadError } from "../data/load-dataset";
import { formatProblem } from "../data/problems";

const TITLES: Record<string, string> = {
  network: "Network failure",
  http: "The server refused the dataset",
  "too-large": "The dataset is too large",
  "not-json": "The dataset is not JSON",
  schema: "The dataset has errors",
  "bad-url": "The dataset address is not allowed",
  "file-type": "This kind of file cannot be opened",
  unreadable: "The file could not be read",
};

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** More to say, after the problems (e.g. "still showing…"). */
  children?: ReactNode;
  /** More buttons, beside Retry (e.g. Dismiss, Open the bundled dataset). */
  actions?: ReactNode;
  className?: string;
}

/**
 * Names what went wrong with a dataset, lists problems with their JSON paths (or CSV line numbers),
 * and offers a retry. Used full-page when nothing else can be shown, and as a panel above a dataset
 * that stays on screen when a newly chosen one fails.
 */
export function LoadError({ error, onRetry, children, actions, className = "" }: Props) {
  const titleId = useId();
  const known = error instanceof DatasetLoadError ? error : null;
  const title = known
    ? (TITLES[known.kind] ?? "The dataset could not be loaded")
    : "The dataset could not be loaded";
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className={`load-error ${className}`} role="alert" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
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
      {children}
      {(onRetry || actions) && (
        <div className="load-error-actions">
          {onRetry && (
            <button type="button" onClick={onRetry}>
              Retry
            </button>
          )}
          {actions}
        </div>
      )}
    </section>
  );
}
