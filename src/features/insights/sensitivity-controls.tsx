import { useId } from "react";
import type { Basis } from "../../data/prepare";
import { updateView } from "../../state/store";
import type { Measure } from "../../state/view-state";

const MEASURES: { value: Measure; label: string }[] = [
  { value: "count", label: "Count agreements" },
  { value: "depth", label: "Weight by depth (1–5)" },
];

const BASES: { value: Basis; label: string }[] = [
  { value: "signed", label: "Signature" },
  { value: "in-force", label: "Entry into force" },
];

function Radios<T extends string>({
  legend,
  options,
  value,
  onChange,
}: {
  legend: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  const name = useId();
  return (
    <fieldset className="sensitivity-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            value={o.value}
            checked={value === o.value}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The three settings the verdict is tested under, each in the URL: measure, whether declarations
 * and dialogues count, and the basis (the timeline's own "Count from").
 */
export function SensitivityControls({
  measure,
  declarations,
  basis,
}: {
  measure: Measure;
  declarations: boolean;
  basis: Basis;
}) {
  return (
    <div className="sensitivity" role="group" aria-label="Sensitivity settings">
      <Radios
        legend="Measure"
        options={MEASURES}
        value={measure}
        onChange={(m) => updateView({ measure: m }, "push")}
      />
      <fieldset className="sensitivity-group">
        <legend>Declarations and dialogues</legend>
        <label>
          <input
            type="checkbox"
            checked={!declarations}
            onChange={(e) => updateView({ declarations: !e.target.checked }, "push")}
          />
          Exclude declarations and dialogues
        </label>
      </fieldset>
      <Radios
        legend="Count from"
        options={BASES}
        value={basis}
        onChange={(b) => updateView({ basis: b }, "push")}
      />
    </div>
  );
}
