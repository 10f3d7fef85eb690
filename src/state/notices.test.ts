import { beforeEach, describe, expect, it } from "vitest";
import { MAX_NOTICES, useViewStore } from "./store";

const texts = () => useViewStore.getState().notices.map((n) => n.text);

describe("notices", () => {
  beforeEach(() => useViewStore.getState().dismissAllNotices());

  it("are not added twice, nor again after being dismissed (Back and Forward re-read the URL)", () => {
    const { addNotices } = useViewStore.getState();
    addNotices(["Ignored depth=9: must be 1–5."]);
    addNotices(["Ignored depth=9: must be 1–5."]);
    expect(texts()).toEqual(["Ignored depth=9: must be 1–5."]);
    const [notice] = useViewStore.getState().notices;
    useViewStore.getState().dismissNotice(notice!.id);
    addNotices(["Ignored depth=9: must be 1–5."]);
    expect(texts()).toEqual([]);
  });

  it("are capped however many a URL produces", () => {
    useViewStore
      .getState()
      .addNotices(Array.from({ length: 500 }, (_, i) => `Ignored p${i}=x: unknown parameter.`));
    expect(texts()).toHaveLength(MAX_NOTICES);
  });
});
