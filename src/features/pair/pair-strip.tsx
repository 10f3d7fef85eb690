import { formatDate } from "../../data/dates";
import { ViewLink } from "../../components/view-link";
import type { StripItem } from "./pair-data";

const MARK_LABEL: Record<StripItem["mark"], string> = {
  signed: "Signed",
  "in force": "In force",
  ended: "Ended",
  replaced: "Replaced",
  event: "Event",
};

/**
 * Every dated moment of the relationship: a strip along the timeline (for the eye) and the same
 * moments as a list (for reading and for screen readers).
 */
export function PairStrip({
  items,
  startDay,
  endDay,
  currentDay,
}: {
  items: StripItem[];
  startDay: number;
  endDay: number;
  currentDay: number;
}) {
  const span = Math.max(1, endDay - startDay);
  const x = (day: number) => `${((Math.min(endDay, Math.max(startDay, day)) - startDay) / span) * 100}%`;
  return (
    <section aria-labelledby="pair-strip-heading">
      <h3 id="pair-strip-heading">Dated strip</h3>
      <div className="pair-strip" aria-hidden="true">
        <span className="pair-strip-axis" />
        {items.map((it, k) => (
          <span
            key={k}
            className={`pair-mark pair-mark-${it.mark.replace(" ", "-")}`}
            style={{ left: x(it.day) }}
            title={`${formatDate(it.date)}: ${MARK_LABEL[it.mark]} — ${it.title}`}
          />
        ))}
        <span className="pair-strip-now" style={{ left: x(currentDay) }} />
      </div>
      <ol className="pair-moments" aria-label="Dated moments">
        {items.map((it, k) => (
          <li key={k} className={it.day > currentDay ? "is-later" : undefined}>
            <time>{formatDate(it.date)}</time>{" "}
            <span className={`pair-mark-label pair-mark-${it.mark.replace(" ", "-")}`}>
              {MARK_LABEL[it.mark]}
            </span>{" "}
            {it.agreementId ? (
              <ViewLink patch={{ agreement: it.agreementId }}>{it.title}</ViewLink>
            ) : (
              it.title
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
