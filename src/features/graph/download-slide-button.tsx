import { useState } from "react";
import { downloadBlob } from "../../components/download";
import { pngFileName } from "../../data/file-names";
import type { GraphModel } from "../../data/graph-model";
import type { Positions } from "../../data/layout/layout";
import { findStory } from "../../data/story";
import type { ViewModel } from "../../data/view-model";
import { useView } from "../../state/store";
import { canvasToPngBlob } from "./export-png";
import { renderSlideImage } from "./export-slide";
import type { GraphStyle } from "./graph-style";

/** "Download slide": the current story step or view as a 16:9 PNG with its caption and URL. */
export function DownloadSlideButton(props: {
  model: GraphModel;
  positions: Positions;
  vm: ViewModel;
  style: GraphStyle;
}) {
  const focus = useView("focus");
  const kinds = useView("kinds");
  const storyId = useView("story");
  const step = useView("step");
  const [error, setError] = useState<string | null>(null);
  const onClick = async () => {
    try {
      setError(null);
      const { vm } = props;
      const story = findStory(vm.prepared.dataset, storyId);
      const current = story?.steps[step - 1];
      const canvas = renderSlideImage(props, {
        kicker: story ? `${story.title} · step ${step} of ${story.steps.length}` : null,
        caption: current?.caption ?? null,
        focusNames: focus.map((id) => vm.prepared.countryById.get(id)?.name ?? id),
        url: window.location.href,
      });
      const name = pngFileName({
        dayIso: vm.dayIso,
        compareFromIso: vm.comparison
          ? new Date(vm.comparison.fromDay * 86_400_000).toISOString().slice(0, 10)
          : null,
        kinds,
        depth: vm.filter.minDepth,
      }).replace(/\.png$/, "-slide.png");
      downloadBlob(name, await canvasToPngBlob(canvas));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <>
      <button type="button" onClick={() => void onClick()}>
        Download slide
      </button>
      {error && <p role="alert">Slide export failed: {error}</p>}
    </>
  );
}
