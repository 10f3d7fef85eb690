import { useId } from "react";
import type { Basis } from "../../data/prepare";

const OPTIONS: { value: Basis; label: string }[] = [
  { value: "signed", label: "Signature" },
  { value: "in-force", label: "Entry into force" },
];

/** "Count from": a segmented control made of real radio buttons (arrow keys move between them). */
export function BasisSwitch({ basis, onChange }: { basis: Basis; onChange: (basis: Basis) => void }) {
  const name = useId();
  return (
    <fieldset className="tl-basis">
      <legend>Count from</legend>
      <div className="tl-segments">
        {OPTIONS.map((o) => (
          <label key={o.value} className="tl-segment">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={basis === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
