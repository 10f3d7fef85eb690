import { useId, type ReactNode } from "react";
import { DatasetLoadError } from "../data/load-dataset";
import { formatProblem, type Problem } from "../data/problems";
import { downloadText } from "./download";

/** Shown at once; the rest are counted and offered as a text file. */
const SHOWN_PROBLEMS = 50;

const TITLES: Record<string, string> = {
  network: "Network failure",
  timeout: "The dataset took too long",
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
      {known && known.problems.length > 0 && <ProblemList problems={known.problems} />}
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

function ProblemList({ problems }: { problems: readonly Problem[] }) {
  const count = problems.length;
  const rest = count - SHOWN_PROBLEMS;
  return (
    <>
      <p>
        {count.toLocaleString("en")} problem{count === 1 ? "" : "s"} found
        {rest > 0 ? ` (the first ${SHOWN_PROBLEMS} below)` : ""}:
      </p>
      <ul className="problem-list" aria-label="Problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
          <li key={i}>
            <code>{formatProblem(p)}</code>
          </li>
        ))}
      </ul>
      {rest > 0 && <p>…and {rest.toLocaleString("en")} more.</p>}
      <button
        type="button"
        onClick={() =>
          downloadText("lattice-problems.txt", `${problems.map(formatProblem).join("\n")}\n`, "text/plain")
        }
      >
        Download all problems
      </button>
    </>
  );
}
