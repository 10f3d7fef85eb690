/**
 * Validates a big dataset's text off the main thread (validate-off-thread.ts): parsing and checking
 * 10,000 agreements takes a few hundred ms, which would freeze the page, its progress message and its
 * Cancel button (docs/performance.md, Decisions: Validation). The same validator as everywhere; the
 * result is posted back in slices (validate-protocol.ts), so that receiving it does not make one long
 * task either.
 */
import { validateDatasetText, type ValidationResult } from "./validate";
import { messagesFor } from "./validate-protocol";

const scope = self as unknown as Worker;

scope.addEventListener("message", (event: MessageEvent<string>) => {
  let result: ValidationResult;
  try {
    result = validateDatasetText(event.data);
  } catch (error) {
    result = { ok: false, problems: [{ path: "(root)", message: String(error) }] };
  }
  for (const message of messagesFor(result)) scope.postMessage(message);
});
