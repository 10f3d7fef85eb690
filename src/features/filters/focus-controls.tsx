import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";

const QUAD = ["AUS", "IND", "JPN", "USA"];

/** Focus highlights a set of countries and dims the rest; one click focuses the Quad. */
export function FocusControls({ vm }: { vm: ViewModel }) {
  const focus = useView("focus");
  const country = useView("country");
  const quad = vm.prepared.groupById.get("QUAD")?.members ?? QUAD;
  const isQuad = focus.length === quad.length && quad.every((id) => focus.includes(id));
  const name = (id: string) => vm.prepared.countryById.get(id)?.name ?? id;
  return (
    <div className="focus-controls" role="group" aria-label="Focus">
      <h2 className="filters-heading">Focus</h2>
      <div className="focus-buttons">
        <button
          type="button"
          aria-pressed={isQuad}
          onClick={() => updateView({ focus: isQuad ? [] : [...quad].sort() }, "push")}
        >
          Quad
        </button>
        {country && !focus.includes(country) && (
          <button type="button" onClick={() => updateView({ focus: [...focus, country].sort() }, "push")}>
            Add {name(country)}
          </button>
        )}
        {focus.length > 0 && (
          <button type="button" onClick={() => updateView({ focus: [] }, "push")}>
            Clear focus
          </button>
        )}
      </div>
      {focus.length > 0 && (
        <ul className="focus-chips" aria-label="Focused countries">
          {focus.map((id) => (
            <li key={id}>
              {name(id)}
              <button
                type="button"
                className="chip-remove"
                aria-label={`Remove ${name(id)} from focus`}
                onClick={() => updateView({ focus: focus.filter((f) => f !== id) }, "push")}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
