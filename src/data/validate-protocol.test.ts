import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateDatasetText } from "./validate";
import { messagesFor, resultCollector } from "./validate-protocol";

const bundled = validateDatasetText(readFileSync("public/data/indo-pacific.json", "utf8"));

function roundTrip(messages: ReturnType<typeof messagesFor>) {
  const collector = resultCollector();
  // structuredClone: what postMessage does to each message.
  const results = messages.map((message) => collector.add(structuredClone(message)));
  return { last: results.at(-1), before: results.slice(0, -1) };
}

describe("validation messages", () => {
  it("send a valid dataset's agreements in slices and give the same dataset back", () => {
    expect(bundled.ok).toBe(true);
    if (!bundled.ok) return;
    const messages = messagesFor(bundled, 10);
    expect(messages.length).toBe(Math.ceil(bundled.dataset.agreements.length / 10) + 1);
    expect(messages.slice(0, -1).every((m) => m.type === "agreements" && m.agreements.length <= 10)).toBe(
      true,
    );
    const { last, before } = roundTrip(messages);
    expect(before.every((r) => r === undefined)).toBe(true);
    expect(last).toEqual(bundled);
    if (last?.ok) expect(Object.keys(last.dataset)).toEqual(Object.keys(bundled.dataset));
  });

  it("send problems as they are, in one message", () => {
    const invalid = validateDatasetText("{}");
    expect(invalid.ok).toBe(false);
    const messages = messagesFor(invalid);
    expect(messages).toEqual([{ type: "result", result: invalid }]);
    expect(roundTrip(messages).last).toEqual(invalid);
  });

  it("handle a dataset without agreements", () => {
    if (!bundled.ok) return;
    const empty = { ok: true as const, dataset: { ...bundled.dataset, agreements: [] } };
    expect(roundTrip(messagesFor(empty)).last).toEqual(empty);
  });
});
