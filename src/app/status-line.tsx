import type { ViewModel } from "../data/view-model";

/** The live summary a screen reader announces; also the graph's text alternative with the table. */
export function StatusLine({ vm }: { vm: ViewModel }) {
  const a = vm.shown.length;
  const c = vm.countries.size;
  const compare = vm.comparison
    ? ` · ${vm.comparison.added.length} new, ${vm.comparison.ended.length} ended, ${vm.comparison.replaced.length} replaced since ${new Date(vm.comparison.fromDay * 86_400_000).toISOString().slice(0, 10)}`
    : "";
  return (
    <p className="status-line" role="status" aria-live="polite">
      {a} agreement{a === 1 ? "" : "s"} among {c} countr{c === 1 ? "y" : "ies"} on {vm.dayIso}
      {compare}
    </p>
  );
}
