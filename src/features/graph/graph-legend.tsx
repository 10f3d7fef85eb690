import { useId, type Ref } from "react";
import { updateView, useView } from "../../state/store";
import { dayNumberToIso, formatDate } from "../../data/dates";
import type { Comparison } from "../../data/view-model";
import type { GraphTheme } from "./graph-theme";
import { NODE_CATEGORY } from "./node-colors";

/**
 * The node colour scheme, along the top edge; the fit leaves room for it (its height is
 * measured), so it never covers a node at the fitted zoom. Kind colours and the dashed style are explained beside the
 * kind filter; only compare mode's extra marks are added here.
 */
export function GraphLegend({
  quad,
  comparison,
  theme,
  ref,
}: {
  quad: boolean;
  comparison: Comparison | null;
  theme: GraphTheme;
  ref?: Ref<HTMLUListElement>;
}) {
  const since = comparison ? formatDate(dayNumberToIso(comparison.fromDay)) : "";
  return (
    <ul className="alliance-graph-legend" aria-label="Graph legend" ref={ref}>
      {quad ? (
        <>
          <li>
            <Dot color={theme.nodeFill[NODE_CATEGORY.quad]} /> Quad member
          </li>
          <li>
            <Dot color={theme.nodeFill[NODE_CATEGORY.other]} /> Other country
          </li>
        </>
      ) : (
        <li>
          <Dot color={theme.nodeFill[NODE_CATEGORY.other]} /> Country
        </li>
      )}
      <li>
        <span className="lg-mark lg-hub" style={{ borderColor: theme.hubStroke }} aria-hidden="true" /> Group
        or multilateral agreement
      </li>
      <li className="lg-note">Size: weighted degree on the date</li>
      <li className="lg-labels">
        <LabelChoiceSelect />
      </li>
      {comparison && (
        <>
          <li>
            <span className="lg-mark lg-line glow" aria-hidden="true" /> New since {since}
          </li>
          <li>
            <span className="lg-mark lg-line faint" aria-hidden="true" /> Continuing
          </li>
          <li>
            <span className="lg-mark lg-line ghost" aria-hidden="true" /> Ended or replaced since {since}
          </li>
        </>
      )}
    </ul>
  );
}

function Dot({ color }: { color: string }) {
  return <span className="lg-mark lg-dot" style={{ background: color }} aria-hidden="true" />;
}

/** Node labels: full country names where they fit, or ISO codes only; kept in the URL (`labels=`). */
function LabelChoiceSelect() {
  const choice = useView("labels");
  const id = useId();
  return (
    <>
      <label htmlFor={id}>Labels</label>
      <select
        id={id}
        value={choice}
        onChange={(e) => updateView({ labels: e.target.value === "codes" ? "codes" : "names" }, "push")}
      >
        <option value="names">Names where they fit</option>
        <option value="codes">ISO codes</option>
      </select>
    </>
  );
}
