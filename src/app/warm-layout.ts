/**
 * Starts a dataset's graph layout the moment the dataset is loaded and validated, rather than when the
 * graph first renders: at 1,000 countries the dashboard's first render comes much later, time the layout
 * worker can use (docs/performance.md, Decisions: Layout). The graph's own request then joins the running
 * job (layout-client shares jobs by layout key). Precomputed and cached layouts cost nothing here.
 */
import type { QueryClient } from "@tanstack/react-query";
import { buildGraphModel } from "../data/graph-model";
import type { LoadedDataset } from "../data/load-dataset";
import type { Dataset } from "../data/schema";
import { prepareDataset } from "../data/prepare";
import { tooLargeToDraw } from "../features/graph/drawable";
import { indexGraph } from "../features/graph/graph-index";
import { yieldToMain } from "./yield-to-main";

function isLoadedDataset(value: unknown): value is LoadedDataset {
  return typeof value === "object" && value !== null && "dataset" in value && "source" in value;
}

/**
 * Each step in a task of its own: at 10,000 agreements, preparing the dataset, building the graph model,
 * hashing its layout key and starting the worker would otherwise be one long main-thread task
 * (docs/performance.md, Decisions: Layout). Every step is cached per dataset or model, so the view model
 * and the graph reuse this work instead of doing it again in a render.
 */
async function warmLayout(dataset: Dataset): Promise<void> {
  await yieldToMain();
  const prepared = prepareDataset(dataset);
  await yieldToMain();
  const model = buildGraphModel(prepared);
  if (tooLargeToDraw(model.nodes.length, model.links.length)) return;
  const { knownLayout, loadLayout } = await import("../data/layout/layout-client");
  await yieldToMain();
  if (knownLayout(model)) return; // hashes the layout key; precomputed and cached layouts end here
  await yieldToMain();
  const job = loadLayout(model);
  await yieldToMain();
  indexGraph(model); // what the graph's first render needs, while the worker lays it out
  await job;
}

export function startLayoutOnLoad(client: QueryClient): () => void {
  return client.getQueryCache().subscribe((event) => {
    if (event.type !== "updated" || event.action.type !== "success") return;
    const loaded: unknown = event.query.state.data;
    if (!isLoadedDataset(loaded)) return;
    warmLayout(loaded.dataset).catch(() => {
      // The graph asks again when it renders, and reports a failure there.
    });
  });
}
