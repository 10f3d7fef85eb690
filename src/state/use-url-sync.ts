import { useEffect } from "react";
import { problemNotice, useViewStore } from "./store";
import { parseQuery, serializeQuery } from "./url-codec";

/** Continuous changes (scrub, play) reach the address bar at most this often: browsers throttle
 *  history calls (Safari throws after 100 in 10 s), and nobody reads a URL at 60 Hz. */
const REPLACE_INTERVAL_MS = 150;

/**
 * Keeps the address bar and the store in step. The URL is input on load (store.ts) and on
 * back/forward; otherwise it is output: each store change is written with pushState or
 * replaceState, as the change asked.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let pendingReplace: ReturnType<typeof setTimeout> | null = null;
    const write = (mode: "push" | "replace") => {
      const search = serializeQuery(useViewStore.getState().view);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    const flushReplace = () => {
      pendingReplace = null;
      write("replace");
    };
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.view === previous.view || state.historyMode === "none") return;
      if (state.historyMode === "push") {
        if (pendingReplace) clearTimeout(pendingReplace);
        pendingReplace = null;
        write("push");
      } else if (!pendingReplace) {
        pendingReplace = setTimeout(flushReplace, REPLACE_INTERVAL_MS);
      }
    });
    const onPopState = () => {
      if (pendingReplace) clearTimeout(pendingReplace);
      pendingReplace = null;
      const { state, problems } = parseQuery(window.location.search);
      useViewStore.getState().replaceView(state, "none");
      if (problems.length) useViewStore.getState().addNotices(problems.map(problemNotice));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      if (pendingReplace) clearTimeout(pendingReplace);
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
