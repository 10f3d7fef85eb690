import { useEffect } from "react";
import { problemNotice, useViewStore } from "./store";
import { parseQuery, serializeQuery } from "./url-codec";

/**
 * Continuous changes (drag, play) reach the address bar at most this often. Every history call
 * costs the browser process ~8 ms here (docs/performance.md, Decisions: Drawing and play), browsers throttle
 * them (Safari throws after 100 in 10 s), and nobody reads a URL at 60 Hz.
 */
const REPLACE_INTERVAL_MS = 500;
/** A new entry is written after the frame that shows the change, or after this long without frames. */
const PUSH_LATEST_MS = 100;

/**
 * Keeps the address bar and the store in step. The URL is input on load (store.ts) and on
 * back/forward; otherwise it is output: each store change is written with pushState or
 * replaceState, as the change asked. A deliberate change gets its own entry, with the query of
 * that moment, written once the change is on screen: the history call is not on the path from a
 * key press to its frame.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let pendingReplace: ReturnType<typeof setTimeout> | null = null;
    const pushes: string[] = [];
    let pushTimer: ReturnType<typeof setTimeout> | null = null;
    let pushFrame = 0;
    const urlOf = (search: string) => `${window.location.pathname}${search}${window.location.hash}`;
    const flushPushes = () => {
      if (pushTimer) clearTimeout(pushTimer);
      cancelAnimationFrame(pushFrame);
      pushTimer = null;
      pushFrame = 0;
      for (const search of pushes.splice(0))
        if (search !== window.location.search) window.history.pushState(null, "", urlOf(search));
    };
    const flushReplace = () => {
      pendingReplace = null;
      flushPushes();
      const search = serializeQuery(useViewStore.getState().view);
      if (search !== window.location.search) window.history.replaceState(null, "", urlOf(search));
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.view === previous.view || state.historyMode === "none") return;
      if (state.historyMode === "push") {
        // The entry holds this change's whole view, so a replace still waiting has nothing to add.
        if (pendingReplace) clearTimeout(pendingReplace);
        pendingReplace = null;
        pushes.push(serializeQuery(state.view));
        if (pushTimer) return;
        pushTimer = setTimeout(flushPushes, PUSH_LATEST_MS);
        pushFrame = requestAnimationFrame(() => setTimeout(flushPushes, 0));
      } else if (!pendingReplace) {
        pendingReplace = setTimeout(flushReplace, REPLACE_INTERVAL_MS);
      }
    });
    const onPopState = () => {
      // Back or Forward wins over entries not yet written: they would land after the move.
      pushes.length = 0;
      if (pendingReplace) clearTimeout(pendingReplace);
      pendingReplace = null;
      const { state, problems } = parseQuery(window.location.search);
      useViewStore.getState().replaceView(state, "none");
      if (problems.length) useViewStore.getState().addNotices(problems.map(problemNotice));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      flushPushes();
      if (pendingReplace) clearTimeout(pendingReplace);
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
