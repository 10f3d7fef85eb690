/**
 * Shown in the graph area while the layout of a dataset is computed in the worker: how many nodes
 * are being arranged and how far along it is, as a progress bar that assistive technology reads
 * ("Arranging 1,357 nodes… 40%"). Without a known progress (positions handed in from elsewhere),
 * an indeterminate one.
 */
import { formatCount } from "./format-count";

export interface LayoutProgressProps {
  nodeCount: number;
  /** 0–1, or null when not known. */
  progress: number | null;
}

const percentOf = (progress: number | null) =>
  progress === null ? null : Math.round(Math.min(1, Math.max(0, progress)) * 100);

export function layoutProgressText(nodeCount: number, progress: number | null): string {
  const nodes = `Arranging ${formatCount(nodeCount)} ${nodeCount === 1 ? "node" : "nodes"}…`;
  const percent = percentOf(progress);
  return percent === null ? nodes : `${nodes} ${percent}%`;
}

export function LayoutProgress({ nodeCount, progress }: LayoutProgressProps) {
  const text = layoutProgressText(nodeCount, progress);
  const percent = percentOf(progress) ?? undefined;
  return (
    <div
      className="alliance-graph-message alliance-graph-progress"
      role="progressbar"
      aria-label="Arranging the network"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={text}
    >
      <span>{text}</span>
      <span className="alliance-graph-progress-track" aria-hidden="true">
        <span
          className="alliance-graph-progress-fill"
          style={{ width: percent === undefined ? "35%" : `${percent}%` }}
        />
      </span>
    </div>
  );
}
