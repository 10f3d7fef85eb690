import {
  dayNumberToIso,
  formatDate,
  latestDayNumber,
  precisionOf,
  type DatePrecision,
} from "../../data/dates";
import type { Agreement } from "../../data/schema";
import type { ViewModel } from "../../data/view-model";
import { updateView } from "../../state/store";

const PRECISION_NOTE: Record<DatePrecision, string | null> = {
  day: null,
  month: "month only",
  year: "year only",
};

interface DateRow {
  label: string;
  date: string | null;
  goLabel: string;
}

/** Signed / in force / ended, each with its precision, and buttons that move the timeline there. */
export function AgreementDates({ vm, agreement: a }: { vm: ViewModel; agreement: Agreement }) {
  const { startDay, endDay } = vm.prepared;
  const rows: DateRow[] = [
    { label: "Signed", date: a.signed, goLabel: "Go to signature" },
    { label: "In force", date: a.inForce, goLabel: "Go to entry into force" },
    ...(a.ended ? [{ label: "Ended", date: a.ended, goLabel: "Go to end" }] : []),
  ];
  const jumps = rows.flatMap(({ date, goLabel }) => {
    if (!date) return [];
    const day = latestDayNumber(date);
    return [{ goLabel, day, inTimeline: day >= startDay && day <= endDay }];
  });
  // Signed and in force on the same day need one button, not two.
  const unique = jumps.filter((j, k) => jumps.findIndex((o) => o.day === j.day) === k);

  return (
    <section aria-labelledby="agreement-dates-heading">
      <h3 id="agreement-dates-heading">Dates</h3>
      <dl className="date-list">
        {rows.map(({ label, date }) => {
          const precision = date ? PRECISION_NOTE[precisionOf(date)] : null;
          return (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                {date ? (
                  <>
                    <span className="date-value">{formatDate(date)}</span>
                    {precision && <span className="precision-note">{precision}</span>}
                  </>
                ) : (
                  <span className="panel-note">not recorded — counted from signature</span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="date-actions">
        {unique
          .filter((j) => j.inTimeline)
          .map(({ goLabel, day }) => (
            <button
              key={goLabel}
              type="button"
              onClick={() => updateView({ time: dayNumberToIso(day) }, "push")}
              aria-pressed={vm.day === day}
            >
              {goLabel}
            </button>
          ))}
        {unique.some((j) => !j.inTimeline) && (
          <span className="panel-note">
            {unique.every((j) => !j.inTimeline) ? "These dates are" : "Some dates are"} outside the timeline (
            {formatDate(vm.prepared.dataset.timeline.start)} – {formatDate(vm.prepared.dataset.timeline.end)}
            ).
          </span>
        )}
      </div>
    </section>
  );
}
