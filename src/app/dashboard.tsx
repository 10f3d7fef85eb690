import { useEffect, useMemo } from "react";
import type { LoadedDataset } from "../data/load-dataset";
import { prepareDataset } from "../data/prepare";
import { findStory, storyStepView } from "../data/story";
import { reconcileView } from "../state/reconcile";
import { useView, useViewStore } from "../state/store";
import { useUrlSync } from "../state/use-url-sync";
import { usePresentKeys } from "../features/presentation/use-present-keys";
import { PresentationLayout } from "./presentation-layout";
import { StandardLayout } from "./standard-layout";
import { useViewModels } from "./use-view-model";

/** The loaded dataset's dashboard: keeps URL and store in step, then draws one of two layouts. */
export function Dashboard({ loaded }: { loaded: LoadedDataset }) {
  const { dataset } = loaded;
  const prepared = useMemo(() => prepareDataset(dataset), [dataset]);
  useUrlSync();
  useEffect(() => {
    const store = useViewStore.getState();
    const { patch, notices } = reconcileView(store.view, prepared);
    const view = { ...store.view, ...patch };
    // A story step in the URL defines the picture: its date, focus and open panel.
    const story = findStory(dataset, view.story);
    const stepView = story ? storyStepView(story, view.step) : {};
    if (Object.keys(patch).length || story) store.update({ ...patch, ...stepView }, "replace");
    if (notices.length) store.addNotices(notices);
  }, [prepared, dataset]);
  usePresentKeys(prepared);
  const { live, steady } = useViewModels(prepared);
  const present = useView("present");
  return present ? (
    <PresentationLayout vm={live} steady={steady} loaded={loaded} />
  ) : (
    <StandardLayout vm={live} steady={steady} loaded={loaded} />
  );
}
