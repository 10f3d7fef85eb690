// @vitest-environment jsdom
import { act, cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { RegionBoundary } from "../components/region-boundary";
import { preloadable } from "./lazy-features";

afterEach(cleanup);

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>;
}

describe("preloadable", () => {
  it("shows its fallback until the chunk is in, then the component, with no Suspense boundary", async () => {
    const chunk = deferred<typeof Greeting>();
    const load = vi.fn(() => chunk.promise);
    const { Component, preload } = preloadable(load, <p>Loading the graph…</p>);
    void preload();
    render(<Component name="Canberra" />);
    expect(screen.getByText("Loading the graph…")).toBeTruthy();
    await act(async () => chunk.resolve(Greeting));
    expect(screen.getByText("Hello, Canberra")).toBeTruthy();
    expect(screen.queryByText("Loading the graph…")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("renders at once, in the first render, when the chunk was already loaded", async () => {
    const { Component, preload } = preloadable(() => Promise.resolve(Greeting), <p>Loading…</p>);
    await preload();
    render(<Component name="Delhi" />);
    expect(screen.getByText("Hello, Delhi")).toBeTruthy();
  });

  it("requests its chunk when first rendered if nobody preloaded it", async () => {
    const load = vi.fn(() => Promise.resolve(Greeting));
    const { Component } = preloadable(load);
    await act(async () => {
      render(<Component name="Tokyo" />);
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Hello, Tokyo")).toBeTruthy();
  });

  it("reports a chunk that fails to load through the region's error boundary", async () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const chunk = deferred<typeof Greeting>();
    const { Component } = preloadable(() => chunk.promise, <p>Loading…</p>);
    render(
      <RegionBoundary name="graph">
        <Component name="Paris" />
      </RegionBoundary>,
    );
    await act(async () => chunk.reject(new Error("Failed to fetch dynamically imported module")));
    expect(screen.getByRole("alert").textContent).toContain("The graph could not be shown.");
    expect(screen.getByRole("alert").textContent).toContain("Failed to fetch dynamically imported module");
  });
});
