import type { LoadedDataset } from "../data/load-dataset";
import type { ViewModel } from "../data/view-model";

/**
 * What both layouts draw from: `vm` for the parts that show the date, `steady` for the rest
 * (use-view-model.ts).
 */
export interface LayoutProps {
  vm: ViewModel;
  steady: ViewModel;
  loaded: LoadedDataset;
}
