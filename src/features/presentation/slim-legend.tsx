import { AGREEMENT_KINDS, KIND_INFO } from "../../data/kinds";
import { useView } from "../../state/store";

/** One line of kind colours for presentation mode: only the kinds currently shown. */
export function SlimLegend() {
  const kinds = useView("kinds");
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
    </ul>
  );
}
