/**
 * How the validation worker hands a big dataset back: its agreements in slices, one message each,
 * then the result with the rest. The main thread deserialises each message in a task of its own,
 * so receiving a big dataset is several short tasks, not one long one (docs/performance.md,
 * Decisions: Validation).
 */
import type { Agreement } from "./schema";
import type { ValidationResult } from "./validate";

/** Small enough that deserialising one slice stays a short task, large enough to need few messages. */
export const AGREEMENTS_PER_MESSAGE = 2_000;

export type ValidationMessage =
  | { type: "agreements"; agreements: Agreement[] }
  /** For a valid dataset, its agreements are those of the "agreements" messages before it, in order. */
  | { type: "result"; result: ValidationResult };

export function messagesFor(
  result: ValidationResult,
  perMessage = AGREEMENTS_PER_MESSAGE,
): ValidationMessage[] {
  if (!result.ok) return [{ type: "result", result }];
  const { agreements } = result.dataset;
  const messages: ValidationMessage[] = [];
  for (let from = 0; from < agreements.length; from += perMessage)
    messages.push({ type: "agreements", agreements: agreements.slice(from, from + perMessage) });
  // The same object with its agreements taken out: keys and everything else as validated.
  messages.push({ type: "result", result: { ok: true, dataset: { ...result.dataset, agreements: [] } } });
  return messages;
}

/** Collects the messages of one validation; `add` returns the result once the last has come. */
export function resultCollector(): { add(message: ValidationMessage): ValidationResult | undefined } {
  const slices: Agreement[][] = [];
  return {
    add(message) {
      if (message.type === "agreements") {
        slices.push(message.agreements);
        return undefined;
      }
      const { result } = message;
      if (!result.ok) return result;
      return { ok: true, dataset: { ...result.dataset, agreements: slices.flat() } };
    },
  };
}
