import { dayNumberToIso, formatDate } from "../../data/dates";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { comparisonSummary } from "./compare-range";
import "./compare.css";

/**
 * While comparing, a bar under the header keeps the result in sight: "N new, M ended since A" (the
 * counts of the table's Change column), the two dates, and "Stop comparing".
 */
export function CompareSummary({ vm }: { vm: ViewModel }) {
  const compareFrom = useView("compareFrom");
  if (compareFrom === null) return null;
  const c = vm.comparison;
  return (
    <section className="compare-bar" aria-label="Comparison">
      {c ? (
        <p>
          <span className="compare-dates">
            {formatDate(vm.dayIso)} compared with {formatDate(dayNumberToIso(c.fromDay))}:
          </span>{" "}
          <strong className="compare-counts">{comparisonSummary(c)}</strong>
        </p>
      ) : (
        <p>
          The compare date ({compareFrom}) is not before the date shown ({formatDate(vm.dayIso)}): move the
          timeline later or choose another date.
        </p>
      )}
      <button type="button" onClick={() => updateView({ compareFrom: null }, "push")}>
        Stop comparing
      </button>
    </section>
  );
}
