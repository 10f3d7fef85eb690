import { DEPTH_MEANING } from "../../data/kinds";
import { updateView, useView } from "../../state/store";

export function DepthFilter() {
  const depth = useView("depth");
  return (
    <div className="depth-filter">
      <label htmlFor="depth-filter">Minimum depth</label>
      <select
        id="depth-filter"
        value={depth}
        onChange={(e) => updateView({ depth: Number(e.target.value) }, "push")}
      >
        {[1, 2, 3, 4, 5].map((d) => (
          <option key={d} value={d}>
            {d} — {DEPTH_MEANING[d]}
          </option>
        ))}
      </select>
    </div>
  );
}
