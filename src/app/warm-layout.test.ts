import { QueryClient } from "@tanstack/react-query";
import { describe, expect, it, vi } from "vitest";
import { buildGraphModel } from "../data/graph-model";
import type { LoadedDataset } from "../data/load-dataset";
import { prepareDataset } from "../data/prepare";
import { makeFixture } from "../data/test-fixture";
import { startLayoutOnLoad } from "./warm-layout";

const loadLayout = vi.fn(() => Promise.resolve({}));
vi.mock("../data/layout-client", () => ({ knownLayout: () => null, loadLayout }));

describe("startLayoutOnLoad", () => {
  it("starts the layout of a dataset as soon as it is in the cache, with the model the graph will use", async () => {
    const client = new QueryClient();
    const stop = startLayoutOnLoad(client);
    const dataset = makeFixture();
    const loaded: LoadedDataset = {
      dataset,
      origin: "x.json",
      bundled: false,
      source: { kind: "url", url: "x.json" },
    };
    client.setQueryData(["dataset", "x.json"], loaded);
    await vi.waitFor(() => expect(loadLayout).toHaveBeenCalledTimes(1));
    // The same (cached) model object, so the graph's request joins this job.
    expect(loadLayout).toHaveBeenCalledWith(buildGraphModel(prepareDataset(dataset)));
    stop();
    client.setQueryData(["dataset", "y.json"], { ...loaded, dataset: makeFixture() });
    await new Promise((done) => setTimeout(done, 50)); // longer than the steps' yields

    expect(loadLayout).toHaveBeenCalledTimes(1);
  });
});
