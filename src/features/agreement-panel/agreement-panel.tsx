import { useCallback, type CSSProperties } from "react";
import { statusAt } from "../../data/active";
import { formatDate, precisionOf } from "../../data/dates";
import { DEPTH_MEANING, KIND_INFO, SOURCE_TYPE_LABEL } from "../../data/kinds";
import { STATUS_LABEL } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { ExternalLink } from "../../components/external-link";
import { SidePanel } from "../../components/side-panel";
import { ViewLink } from "../../components/view-link";
import { updateView, useView } from "../../state/store";
import { AgreementDates } from "./agreement-dates";
import { AgreementLifecycle } from "./agreement-lifecycle";
import "./agreement-panel.css";

/** The selected agreement (`agreement=id`): what it is, who signed it, when, and on whose word. */
export function AgreementPanel({ vm }: { vm: ViewModel }) {
  const id = useView("agreement");
  const close = useCallback(() => updateView({ agreement: null }, "push"), []);
  const p = vm.prepared;
  const index = id ? p.agreementIndexById.get(id) : undefined;
  if (index === undefined) return null;
  const a = p.dataset.agreements[index]!;
  const kind = KIND_INFO[a.kind];
  const depth = p.depth[index]!;
  const status = statusAt(p, index, vm.day);
  const group = a.group ? p.groupById.get(a.group) : undefined;

  return (
    <SidePanel
      title={a.title}
      kicker={
        <span className="kind-chip" style={{ "--kind-color": kind.color } as CSSProperties}>
          {kind.label}
        </span>
      }
      onClose={close}
    >
      <section aria-label="Status">
        <p className="agreement-status-line">
          <span className={`status-badge status-${status}`}>{STATUS_LABEL[status]}</span>
          <span className="panel-note">on {formatDate(vm.dayIso)}</span>
          {!vm.shownMask[index] && status !== "not-yet" && status !== "ended" && (
            <span className="panel-note">· not drawn under the current basis or filters</span>
          )}
        </p>
        {a.certainty === "unverified" && (
          <div className="unverified-box" role="note">
            <span className="unverified-badge">Unverified</span>
            <p>{a.note ?? "Part of this record could not be confirmed."}</p>
          </div>
        )}
        <p className="agreement-summary">{a.summary}</p>
      </section>

      <section aria-labelledby="agreement-depth-heading">
        <h3 id="agreement-depth-heading">Kind and depth</h3>
        <p>
          <strong>{kind.label}</strong> — {kind.description}.
        </p>
        <div className="depth-row">
          <span className="depth-meter" aria-hidden="true">
            {[1, 2, 3, 4, 5].map((d) => (
              <span
                key={d}
                className={d <= depth ? "on" : undefined}
                style={{ "--kind-color": kind.color } as CSSProperties}
              />
            ))}
          </span>
          <span>
            Depth {depth} of 5: {DEPTH_MEANING[depth]}
            {a.depth === undefined ? " (the kind's default)" : ""}
          </span>
        </div>
        {a.depthReason && <p className="panel-note">{a.depthReason}</p>}
      </section>

      <section aria-labelledby="agreement-parties-heading">
        <h3 id="agreement-parties-heading">Parties</h3>
        <ul className="party-list">
          {a.parties.map((party) => (
            <li key={party}>
              <ViewLink patch={{ country: party, agreement: null }}>
                {p.countryById.get(party)?.name ?? party}
              </ViewLink>
            </li>
          ))}
        </ul>
        {group && (
          <p className="panel-note">
            Part of <strong>{group.name}</strong>
            {group.description ? ` — ${group.description}` : ""}
          </p>
        )}
      </section>

      <AgreementDates vm={vm} agreement={a} />
      <AgreementLifecycle vm={vm} agreement={a} />

      {a.note && a.certainty !== "unverified" && (
        <section aria-labelledby="agreement-note-heading">
          <h3 id="agreement-note-heading">Notes on uncertainty</h3>
          <p className="panel-note">{a.note}</p>
        </section>
      )}
      {[a.signed, a.inForce, a.ended].some((d) => d && precisionOf(d) !== "day") && !a.note && (
        <p className="panel-note">
          Dates given as a month or year are counted from the last day of that period.
        </p>
      )}

      <section aria-labelledby="agreement-sources-heading">
        <h3 id="agreement-sources-heading">Sources</h3>
        <ol className="source-list">
          {a.sources.map((s, k) => (
            <li key={k}>
              <span className="source-publisher">
                {s.publisher}
                {s.type && (
                  <span className={`source-type source-type-${s.type}`}>{SOURCE_TYPE_LABEL[s.type]}</span>
                )}
              </span>
              <ExternalLink href={s.url}>{s.title}</ExternalLink>
            </li>
          ))}
        </ol>
      </section>
    </SidePanel>
  );
}
