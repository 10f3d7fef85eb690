import { useMemo } from "react";
import { AGREEMENT_KINDS, type AgreementKind } from "../data/kinds";
import type { PreparedDataset } from "../data/prepare";
import { computeViewModel, type ViewModel } from "../data/view-model";
import { resolveTimeDay } from "../state/reconcile";
import { useView, useViewStore } from "../state/store";

export interface ViewModels {
  /** For the parts that show the date: the graph, the timeline, the status line. */
  live: ViewModel;
  /**
   * For every other part (filters, summaries, panels, table, insights, export): the same as `live`,
   * except while the timeline plays, when it follows the date only twice a second (the store's
   * held time), so a frame of play re-renders and re-lays out only what shows the date.
   */
  steady: ViewModel;
}

/** The view models for the current choices, recomputed only when one of them changes. */
export function useViewModels(prepared: PreparedDataset): ViewModels {
  const time = useView("time");
  const compareFrom = useView("compareFrom");
  const kinds = useView("kinds");
  const depth = useView("depth");
  const basis = useView("basis");
  const heldTime = useViewStore((s) => s.heldTime);
  const filter = useMemo(
    () => ({
      basis,
      minDepth: depth,
      kinds: kinds === null || kinds.length === AGREEMENT_KINDS.length ? null : new Set<AgreementKind>(kinds),
    }),
    [basis, depth, kinds],
  );
  const day = resolveTimeDay(time, prepared);
  const heldDay = heldTime === null ? null : resolveTimeDay(heldTime, prepared);
  const compareDay = compareFrom === null ? null : resolveTimeDay(compareFrom, prepared);
  const live = useMemo(
    () => computeViewModel(prepared, day, filter, compareDay),
    [prepared, day, filter, compareDay],
  );
  const held = useMemo(
    () => (heldDay === null ? null : computeViewModel(prepared, heldDay, filter, compareDay)),
    [prepared, heldDay, filter, compareDay],
  );
  return { live, steady: held ?? live };
}
