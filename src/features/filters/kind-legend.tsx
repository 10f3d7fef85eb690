import { AGREEMENT_KINDS, KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";

/** Legend of link colours that doubles as the kind filter (checkboxes in a group). */
export function KindLegend({ vm }: { vm: ViewModel }) {
  const kinds = useView("kinds");
  const selected = new Set<AgreementKind>(kinds ?? AGREEMENT_KINDS);
  const countByKind = new Map<AgreementKind, number>();
  for (const i of vm.shown) {
    const kind = vm.prepared.dataset.agreements[i]!.kind;
    countByKind.set(kind, (countByKind.get(kind) ?? 0) + 1);
  }
  const setKinds = (next: Set<AgreementKind>) =>
    updateView(
      { kinds: next.size === AGREEMENT_KINDS.length ? null : AGREEMENT_KINDS.filter((k) => next.has(k)) },
      "push",
    );
  const toggle = (kind: AgreementKind) => {
    const next = new Set(selected);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    setKinds(next);
  };
  return (
    <fieldset className="kind-legend">
      <legend>Agreement kinds</legend>
      <div role="group" aria-label="Agreement kinds">
        {AGREEMENT_KINDS.map((kind) => {
          const info = KIND_INFO[kind];
          return (
            <label key={kind} className="kind-row" title={info.description}>
              <input type="checkbox" checked={selected.has(kind)} onChange={() => toggle(kind)} />
              <span className="kind-swatch" style={{ background: info.color }} aria-hidden="true" />
              <span className="kind-label">{info.label}</span>
              <span className="kind-count" aria-hidden="true">
                {countByKind.get(kind) ?? 0}
              </span>
            </label>
          );
        })}
      </div>
      <div className="legend-actions">
        <button type="button" className="link-button" onClick={() => setKinds(new Set(AGREEMENT_KINDS))}>
          All kinds
        </button>
        <span className="legend-hint">Dashed: signed, not yet in force</span>
      </div>
    </fieldset>
  );
}
