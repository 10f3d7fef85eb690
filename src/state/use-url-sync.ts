import { useEffect } from "react";
import { useViewStore } from "./store";
import { parseQuery, serializeQuery } from "./url-codec";

/**
 * Keeps the address bar and the store in step. The URL is input on load (store.ts) and on
 * back/forward; otherwise it is output: each store change is written with pushState or
 * replaceState, as the change asked.
 */
export function useUrlSync(): void {
  useEffect(() => {
    const unsubscribe = useViewStore.subscribe((state, previous) => {
      if (state.view === previous.view || state.historyMode === "none") return;
      const search = serializeQuery(state.view);
      if (search === window.location.search) return;
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (state.historyMode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    });
    const onPopState = () => {
      const { state, problems } = parseQuery(window.location.search);
      useViewStore.getState().replaceView(state, "none");
      if (problems.length)
        useViewStore
          .getState()
          .addNotices(problems.map((p) => `Ignored ${p.param}=${p.value}: ${p.reason}.`));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, []);
}
