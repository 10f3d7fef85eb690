/**
 * What happened to an agreement: `ended` (the date), `endReason` and, for a replaced instrument,
 * `supersededBy` (the successor's id). The rules a schema cannot express live here, next to the
 * derivations the panels and compare mode share (docs/methodology.md, "Lifecycle").
 */
import { earliestDayNumber, latestDayNumber } from "./dates";
import type { EndReason } from "./kinds";
import type { Agreement } from "./schema";

type AddProblem = (path: string, message: string) => void;

/**
 * Lifecycle problems of a dataset's agreements: references, reasons, order, cycles. `agreements` may
 * have holes where a record did not parse (forEach skips them); `unparsedIds` are those records' ids,
 * so naming one is not reported as unknown on top of its own problems.
 */
export function lifecycleProblems(
  agreements: readonly Agreement[],
  add: AddProblem,
  unparsedIds: ReadonlySet<string> = new Set(),
): void {
  const byId = new Map<string, Agreement>();
  agreements.forEach((a) => byId.set(a.id, a));
  agreements.forEach((a, i) => {
    const path = `agreements[${i}]`;
    if (a.endReason && !a.ended)
      add(`${path}.ended`, `give the date it ended: endReason is "${a.endReason}" but ended is empty`);
    if (a.supersededBy === undefined) {
      if (a.endReason === "superseded")
        add(`${path}.supersededBy`, `endReason is "superseded": name the agreement that replaced it`);
      return;
    }
    const successor = byId.get(a.supersededBy);
    if (!successor) {
      if (!unparsedIds.has(a.supersededBy))
        add(`${path}.supersededBy`, `unknown agreement "${a.supersededBy}"`);
      return;
    }
    if (successor.id === a.id) add(`${path}.supersededBy`, "an agreement cannot replace itself");
    if (a.endReason && a.endReason !== "superseded")
      add(`${path}.endReason`, `is "${a.endReason}" but supersededBy is set: use "superseded"`);
    if (!a.ended) add(`${path}.ended`, `give the date it was replaced by "${successor.id}"`);
    else if (latestDayNumber(a.ended) < earliestDayNumber(successor.signed))
      add(
        `${path}.ended`,
        `replaced on ${a.ended}, before its successor "${successor.id}" was signed (${successor.signed})`,
      );
  });
  reportCycles(agreements, byId, add);
}

function reportCycles(
  agreements: readonly Agreement[],
  byId: ReadonlyMap<string, Agreement>,
  add: AddProblem,
): void {
  const reported = new Set<string>();
  agreements.forEach((a, i) => {
    const seen = new Set<string>([a.id]);
    let next = a.supersededBy ? byId.get(a.supersededBy) : undefined;
    while (next && next.id !== a.id && !seen.has(next.id)) {
      seen.add(next.id);
      next = next.supersededBy ? byId.get(next.supersededBy) : undefined;
    }
    if (next?.id === a.id && !reported.has(a.id)) {
      for (const id of seen) reported.add(id);
      add(`agreements[${i}].supersededBy`, `replacement cycle: ${[...seen, a.id].join(" → ")}`);
    }
  });
}

/** The reason an agreement ended: its own, else "superseded" when a successor is named. */
export function endReasonOf(a: Agreement): EndReason | null {
  if (!a.ended) return null;
  return a.endReason ?? (a.supersededBy ? "superseded" : null);
}

/** True when an agreement that is no longer counted was replaced by another, not simply ended. */
export function isReplaced(a: Agreement): boolean {
  return endReasonOf(a) === "superseded";
}

/** Agreements that name `id` as their successor: what it replaced. */
export function predecessorsOf(agreements: readonly Agreement[], id: string): Agreement[] {
  return agreements.filter((a) => a.supersededBy === id);
}
