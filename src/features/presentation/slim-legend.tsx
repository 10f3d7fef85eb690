import { AGREEMENT_KINDS, DEPTH_MEANING, KIND_INFO } from "../../data/kinds";
import { useView } from "../../state/store";

/**
 * The kind colours for presentation mode (only the kinds shown), and the filters an audience must
 * know to read the picture: the minimum depth and the focus, when set.
 */
export function SlimLegend({ countryName }: { countryName?: (id: string) => string }) {
  const kinds = useView("kinds");
  const depth = useView("depth");
  const focus = useView("focus");
  const shown = kinds ?? AGREEMENT_KINDS;
  return (
    <ul className="slim-legend" aria-label="Kinds legend">
      {shown.map((k) => (
        <li key={k}>
          <span className="slim-swatch" style={{ background: KIND_INFO[k].color }} aria-hidden="true" />
          {KIND_INFO[k].label}
        </li>
      ))}
      <li className="slim-note">dashed = signed, not yet in force</li>
      {depth > 1 && (
        <li className="slim-filter">
          Minimum depth {depth}: {DEPTH_MEANING[depth]}
        </li>
      )}
      {focus.length > 0 && (
        <li className="slim-filter">Focus: {focus.map((id) => countryName?.(id) ?? id).join(", ")}</li>
      )}
    </ul>
  );
}
