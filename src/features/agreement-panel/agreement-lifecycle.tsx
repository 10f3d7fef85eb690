import { formatDate } from "../../data/dates";
import { END_REASON_LABEL } from "../../data/kinds";
import { endReasonOf, predecessorsOf } from "../../data/lifecycle";
import type { Agreement } from "../../data/schema";
import type { ViewModel } from "../../data/view-model";
import { ViewLink } from "../../components/view-link";

/**
 * What became of the agreement: "Replaced by … on …", "Cancelled on …", and what it replaced,
 * each successor or predecessor a link to its own panel.
 */
export function AgreementLifecycle({ vm, agreement: a }: { vm: ViewModel; agreement: Agreement }) {
  const p = vm.prepared;
  const reason = endReasonOf(a);
  const successor = a.supersededBy ? p.agreementById.get(a.supersededBy) : undefined;
  const predecessors = predecessorsOf(p.dataset.agreements, a.id);
  if (!a.ended && predecessors.length === 0) return null;
  return (
    <section aria-labelledby="agreement-lifecycle-heading">
      <h3 id="agreement-lifecycle-heading">What became of it</h3>
      {a.ended && (
        <p className="lifecycle-line">
          {successor ? (
            <>
              Replaced by <ViewLink patch={{ agreement: successor.id }}>{successor.title}</ViewLink> on{" "}
              {formatDate(a.ended)}.
            </>
          ) : (
            <>
              {reason ? END_REASON_LABEL[reason] : "Ended"} on {formatDate(a.ended)}.
            </>
          )}
        </p>
      )}
      {predecessors.map((old) => (
        <p key={old.id} className="lifecycle-line">
          Replaces <ViewLink patch={{ agreement: old.id }}>{old.title}</ViewLink>
          {old.ended ? ` (from ${formatDate(old.ended)})` : ""}.
        </p>
      ))}
    </section>
  );
}
