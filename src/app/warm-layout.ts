/**
 * Starts a dataset's graph layout the moment the dataset is loaded and validated, rather than when
 * the graph first renders: at 1,000 countries the dashboard's first render comes ~1.2 s later, time
 * the layout worker can use (docs/performance.md). The graph's own request then joins the running
 * job (layout-client shares jobs by layout key). Precomputed and cached layouts cost nothing here.
 */
import type { QueryClient } from "@tanstack/react-query";
import { buildGraphModel } from "../data/graph-model";
import type { LoadedDataset } from "../data/load-dataset";
import { prepareDataset } from "../data/prepare";
import { tooLargeToDraw } from "../features/graph/drawable";

function isLoadedDataset(value: unknown): value is LoadedDataset {
  return typeof value === "object" && value !== null && "dataset" in value && "source" in value;
}

export function startLayoutOnLoad(client: QueryClient): () => void {
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    const loaded: unknown = event.query.state.data;
    if (!isLoadedDataset(loaded)) return;
    // Both are cached per dataset, so the view model and the graph reuse this work.
    const model = buildGraphModel(prepareDataset(loaded.dataset));
    if (tooLargeToDraw(model.nodes.length, model.links.length)) return;
    import("../data/layout-client")
      .then(({ loadLayout }) => loadLayout(model))
      .catch(() => {
        // The graph asks again when it renders, and reports a failure there.
      });
  });
}
