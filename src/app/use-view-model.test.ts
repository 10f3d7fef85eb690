// @vitest-environment jsdom
import { act, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { prepareDataset } from "../data/prepare";
import { makeFixture } from "../data/test-fixture";
import { useViewStore } from "../state/store";
import { useViewModels } from "./use-view-model";

const prepared = prepareDataset(makeFixture());
const dayOf = (iso: string) => Date.parse(iso) / 86_400_000;

afterEach(() => act(() => useViewStore.setState({ heldTime: null })));

describe("useViewModels", () => {
  it("gives every part the same view model while nothing plays", () => {
    act(() => useViewStore.getState().update({ time: "2015-06-30" }, "replace"));
    const { result } = renderHook(() => useViewModels(prepared));
    expect(result.current.live.day).toBe(dayOf("2015-06-30"));
    expect(result.current.steady).toBe(result.current.live);
  });

  it("while playing, the steady parts show the held date and keep their view model between its moves", () => {
    act(() => useViewStore.getState().setHeldTime("2012-01-01"));
    const { result } = renderHook(() => useViewModels(prepared));
    const held = result.current.steady;
    expect(held.day).toBe(dayOf("2012-01-01"));

    act(() => useViewStore.getState().update({ time: "2013-01-01" }, "replace"));
    expect(result.current.live.day).toBe(dayOf("2013-01-01"));
    expect(result.current.steady).toBe(held);

    act(() => useViewStore.getState().setHeldTime("2013-01-01"));
    expect(result.current.steady.day).toBe(dayOf("2013-01-01"));
  });

  it("a filter changed during play reaches the steady parts at once", () => {
    act(() => useViewStore.getState().setHeldTime("2012-01-01"));
    const { result } = renderHook(() => useViewModels(prepared));
    const before = result.current.steady;
    act(() => useViewStore.getState().update({ depth: 3 }, "push"));
    expect(result.current.steady).not.toBe(before);
    expect(result.current.steady.filter.minDepth).toBe(3);
    expect(result.current.steady.day).toBe(dayOf("2012-01-01"));
  });

  it("when play stops, the steady parts show the date again", () => {
    act(() => useViewStore.getState().update({ time: "2016-01-01" }, "replace"));
    act(() => useViewStore.getState().setHeldTime("2014-01-01"));
    const { result } = renderHook(() => useViewModels(prepared));
    expect(result.current.steady.day).toBe(dayOf("2014-01-01"));
    act(() => useViewStore.getState().setHeldTime(null));
    expect(result.current.steady).toBe(result.current.live);
    expect(result.current.steady.day).toBe(dayOf("2016-01-01"));
  });
});
