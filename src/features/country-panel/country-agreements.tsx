import type { CSSProperties } from "react";
import type { CountryAgreementRow, CountryEventRow } from "./country-profile";
import { formatDate } from "../../data/dates";
import { EVENT_KIND_LABEL, KIND_INFO } from "../../data/kinds";
import { STATUS_LABEL } from "../../data/status-labels";
import type { ViewModel } from "../../data/view-model";
import { ViewLink } from "../../components/view-link";

/** The country's agreements in signature order, with their status on the current date. */
export function CountryAgreements({
  vm,
  rows,
  hidden,
}: {
  vm: ViewModel;
  rows: CountryAgreementRow[];
  hidden: number;
}) {
  const { agreements } = vm.prepared.dataset;
  return (
    <section aria-labelledby="country-agreements-heading">
      <h3 id="country-agreements-heading">Agreements ({rows.length})</h3>
      {hidden > 0 && <p className="panel-note">{hidden} more hidden by the kind or depth filter.</p>}
      <ol className="country-agreement-list">
        {rows.map(({ index, status }) => {
          const a = agreements[index]!;
          return (
            <li
              key={a.id}
              className={`status-row-${status}`}
              style={{ "--kind-color": KIND_INFO[a.kind].color } as CSSProperties}
            >
              <ViewLink patch={{ agreement: a.id, country: null }} className="agreement-link">
                {a.title}
              </ViewLink>
              <div className="agreement-meta">
                <span className="kind-chip">{KIND_INFO[a.kind].label}</span>
                <span>
                  Signed {formatDate(a.signed)}
                  {a.inForce && a.inForce !== a.signed ? ` · in force ${formatDate(a.inForce)}` : ""}
                  {a.ended ? ` · ended ${formatDate(a.ended)}` : ""}
                </span>
                <span className={`status-badge status-${status}`}>{STATUS_LABEL[status]}</span>
                {a.certainty === "unverified" && <span className="unverified-badge">Unverified</span>}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Summits, 2+2s, exercises and announcements involving the country; later ones are dimmed. */
export function CountryEvents({ rows }: { rows: CountryEventRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="country-events-heading">
      <h3 id="country-events-heading">Events ({rows.length})</h3>
      <ol className="country-event-list">
        {rows.map(({ event, future }) => (
          <li key={event.id} className={future ? "is-future" : undefined}>
            <span className="event-date">{formatDate(event.date)}</span>
            <span className="event-title">
              {event.title}{" "}
              <span className="event-kind">
                {EVENT_KIND_LABEL[event.kind]}
                {future ? " · after the current date" : ""}
              </span>
              {event.certainty === "unverified" && (
                <>
                  {" "}
                  <span className="unverified-badge">Unverified</span>
                </>
              )}
            </span>
            {event.certainty === "unverified" && event.note && (
              <span className="event-note">{event.note}</span>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
