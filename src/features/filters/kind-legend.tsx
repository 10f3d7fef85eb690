import { useMemo, type ChangeEvent } from "react";
import { shownAgreementsAt } from "../../data/active";
import { AGREEMENT_KINDS, KIND_INFO, type AgreementKind } from "../../data/kinds";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";

/**
 * Legend of link colours that doubles as the kind filter (checkboxes in a group). A shown kind
 * counts its agreements on the date; a hidden one says what it would add ("+3"). "Only" on a row,
 * or Alt/Option-click on its checkbox, shows that kind alone.
 */
export function KindLegend({ vm }: { vm: ViewModel }) {
  const kinds = useView("kinds");
  const selected = new Set<AgreementKind>(kinds ?? AGREEMENT_KINDS);
  const { prepared, day, filter, shown } = vm;
  // Every kind's count on the date under the other filters: the hidden kinds' "+N". With every
  // kind shown (the usual case, and every frame of a play), that is what the view model shows.
  const countByKind = useMemo(() => {
    const counts = new Map<AgreementKind, number>();
    const all = filter.kinds === null ? shown : shownAgreementsAt(prepared, day, { ...filter, kinds: null });
    for (const i of all) {
      const kind = prepared.dataset.agreements[i]!.kind;
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return counts;
  }, [prepared, day, filter, shown]);
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
  // React reports a checkbox's change from its click event: Alt/Option on that click means "only".
  const onChange = (event: ChangeEvent<HTMLInputElement>, kind: AgreementKind) => {
    const native = event.nativeEvent;
    if (native instanceof MouseEvent && native.altKey) setKinds(new Set([kind]));
    else toggle(kind);
  };
  return (
    <fieldset className="kind-legend">
      <legend>Agreement kinds</legend>
      <div role="group" aria-label="Agreement kinds">
        {AGREEMENT_KINDS.map((kind) => {
          const info = KIND_INFO[kind];
          const on = selected.has(kind);
          const count = countByKind.get(kind) ?? 0;
          const alone = on && selected.size === 1;
          return (
            <div key={kind} className="kind-row-wrap">
              <label className="kind-row" title={`${info.description} (Alt-click: only this kind)`}>
                <input type="checkbox" checked={on} onChange={(e) => onChange(e, kind)} />
                <span className="kind-swatch" style={{ background: info.color }} aria-hidden="true" />
                <span className="kind-label">{info.label}</span>
                <span
                  className={on ? "kind-count" : "kind-count kind-count-hidden"}
                  title={on ? `${count} shown` : `would add ${count}`}
                  aria-hidden="true"
                >
                  {on ? count : `+${count}`}
                </span>
              </label>
              <button
                type="button"
                className="kind-only"
                aria-label={`Only ${info.label}`}
                aria-pressed={alone}
                onClick={() => setKinds(new Set([kind]))}
              >
                Only
              </button>
            </div>
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
