import { useMemo } from "react";
import { AGREEMENT_KINDS, type AgreementKind } from "../data/kinds";
import type { PreparedDataset } from "../data/prepare";
import { computeViewModel, type ViewModel } from "../data/view-model";
import { resolveTimeDay } from "../state/reconcile";
import { useView } from "../state/store";

/** The view model for the current choices, recomputed only when one of them changes. */
export function useViewModel(prepared: PreparedDataset): ViewModel {
  const time = useView("time");
  const compareFrom = useView("compareFrom");
  const kinds = useView("kinds");
  const depth = useView("depth");
  const basis = useView("basis");
  const filter = useMemo(
    () => ({
      basis,
      minDepth: depth,
      kinds: kinds === null || kinds.length === AGREEMENT_KINDS.length ? null : new Set<AgreementKind>(kinds),
    }),
    [basis, depth, kinds],
  );
  const day = resolveTimeDay(time, prepared);
  const compareDay = compareFrom === null ? null : resolveTimeDay(compareFrom, prepared);
  return useMemo(
    () => computeViewModel(prepared, day, filter, compareDay),
    [prepared, day, filter, compareDay],
  );
}
