import type { ViewModel } from "../../data/view-model";
import { DepthFilter } from "./depth-filter";
import { FindCountry } from "./find-country";
import { FocusControls } from "./focus-controls";
import { KindLegend } from "./kind-legend";
import "./filters.css";

/** The left column: kind legend (which is also the kind filter), depth, focus and find. */
export function FiltersPanel({ vm }: { vm: ViewModel }) {
  return (
    <nav className="filters" aria-label="Filters">
      <FindCountry prepared={vm.prepared} />
      <KindLegend vm={vm} />
      <DepthFilter />
      <FocusControls vm={vm} />
    </nav>
  );
}
