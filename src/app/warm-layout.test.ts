import { QueryClient } from "@tanstack/react-query";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { buildGraphModel } from "../data/graph-model";
import type { LoadedDataset } from "../data/load-dataset";
import { prepareDataset } from "../data/prepare";
import type { Dataset } from "../data/schema";
import { makeFixture } from "../data/test-fixture";
import { startLayoutOnLoad } from "./warm-layout";

const loadLayout = vi.fn(() => Promise.resolve({}));
vi.mock("../data/layout/layout-client", () => ({ knownLayout: () => null, loadLayout }));

const loadedFrom = (dataset: Dataset, url: string): LoadedDataset => ({
  dataset,
  origin: url,
  bundled: false,
  source: { kind: "url", url },
});
/** The models whose layout was asked for (the same cached objects the graph will use). */
const requested = () => loadLayout.mock.calls.map((call) => (call as unknown[])[0]);
const modelOf = (dataset: Dataset) => buildGraphModel(prepareDataset(dataset));

describe("startLayoutOnLoad", () => {
  beforeEach(() => loadLayout.mockClear());

  it("starts the layout of a dataset as soon as it is in the cache, with the model the graph will use", async () => {
    const client = new QueryClient();
    const stop = startLayoutOnLoad(client);
    const dataset = makeFixture();
    client.setQueryData(["dataset", "x.json"], loadedFrom(dataset, "x.json"));
    await vi.waitFor(() => expect(loadLayout).toHaveBeenCalledTimes(1));
    // The same (cached) model object, so the graph's request joins this job.
    expect(requested()).toEqual([modelOf(dataset)]);
    expect(requested()[0]).toBe(modelOf(dataset));
    stop();
  });

  it("starts nothing once stopped", async () => {
    const stopped = new QueryClient();
    startLayoutOnLoad(stopped)();
    const live = new QueryClient();
    const stopLive = startLayoutOnLoad(live);
    const ignored = makeFixture();
    const seen = makeFixture();
    stopped.setQueryData(["dataset", "a.json"], loadedFrom(ignored, "a.json"));
    live.setQueryData(["dataset", "b.json"], loadedFrom(seen, "b.json"));
    // Both caches notify in this order, and a listener takes the same steps for either dataset: had
    // the stopped one still listened, it would have asked for its layout before the live one did.
    await vi.waitFor(() => expect(requested()).toContain(modelOf(seen)));
    expect(requested()).not.toContain(modelOf(ignored));
    stopLive();
  });
});
