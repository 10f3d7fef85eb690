import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToMain } from "./yield-to-main";

describe("yieldToMain", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("resumes in a later task, after the current one's microtasks", async () => {
    vi.stubGlobal("scheduler", undefined);
    const order: string[] = [];
    const resumed = yieldToMain().then(() => order.push("resumed"));
    void Promise.resolve().then(() => order.push("microtask"));
    await resumed;
    expect(order).toEqual(["microtask", "resumed"]);
  });

  it("uses scheduler.yield where the browser has it", async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal("scheduler", { yield: yieldFn });
    await yieldToMain();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });
});
