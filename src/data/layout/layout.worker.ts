/**
 * Runs computeLayout off the main thread, so laying out a big user dataset never freezes the page
 * (docs/performance.md, Decisions: Layout). Messages: a LayoutRequest in; progress, then the
 * positions (or an error) out. Same code, same seed, so the same positions as on the main thread.
 */
import { computeLayout } from "./layout";
import { modelFromRequest, type LayoutReply, type LayoutRequest } from "./layout-protocol";

const scope = self as unknown as Worker;

scope.addEventListener("message", (event: MessageEvent<LayoutRequest>) => {
  const reply = (message: LayoutReply) => scope.postMessage(message);
  try {
    const positions = computeLayout(modelFromRequest(event.data), (done) =>
      reply({ type: "progress", done }),
    );
    reply({ type: "done", positions });
  } catch (error) {
    reply({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
