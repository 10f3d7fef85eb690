import type { ViewModel } from "../data/view-model";
import { useViewStore } from "../state/store";

/**
 * The live summary a screen reader announces; also the graph's text alternative with the table.
 * While the timeline plays it is busy (a new date every frame): screen readers announce the date
 * play stopped on, not sixty a second.
 */
export function StatusLine({ vm }: { vm: ViewModel }) {
  const playing = useViewStore((s) => s.heldTime !== null);
  const a = vm.shown.length;
  const c = vm.countries.size;
  const compare = vm.comparison
    ? ` · ${vm.comparison.added.length} new, ${vm.comparison.ended.length} ended, ${vm.comparison.replaced.length} replaced since ${new Date(vm.comparison.fromDay * 86_400_000).toISOString().slice(0, 10)}`
    : "";
  return (
    <p className="status-line" role="status" aria-live="polite" aria-busy={playing}>
      {a} agreement{a === 1 ? "" : "s"} among {c} countr{c === 1 ? "y" : "ies"} on {vm.dayIso}
      {compare}
    </p>
  );
}
