import { useEffect, useId, useRef, useState } from "react";
import type { LoadedDataset } from "../../data/load-dataset";
import { useViewStore } from "../../state/store";
import { placePopover } from "./place-popover";
import { canonicalUrl, copyText } from "./share-link";
import "./share.css";

type Copy = { state: "idle" } | { state: "copied" } | { state: "fallback"; url: string };

/**
 * "Copy link": copies the canonical URL of the current view and says so; where the clipboard is not
 * available or refused, shows the link in a selectable read-only field instead.
 */
export function CopyLinkButton({ loaded }: { loaded: LoadedDataset }) {
  const [copy, setCopy] = useState<Copy>({ state: "idle" });
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const popoverId = useId();
  const fromFile = loaded.source.kind === "file";

  const onCopy = async () => {
    const url = canonicalUrl(window.location, useViewStore.getState().view);
    const outcome = await copyText(url, navigator.clipboard);
    setCopy(outcome === "copied" ? { state: "copied" } : { state: "fallback", url });
  };

  useEffect(() => {
    if (copy.state === "copied") {
      const timer = setTimeout(() => setCopy({ state: "idle" }), 4000);
      return () => clearTimeout(timer);
    }
    if (copy.state === "fallback" && popover.current && button.current) {
      placePopover(popover.current, button.current);
      if (!popover.current.matches(":popover-open")) popover.current.showPopover();
      field.current?.select();
    }
  }, [copy]);

  return (
    <div className="share">
      <button type="button" ref={button} onClick={() => void onCopy()}>
        Copy link
      </button>
      <span className="share-status" role="status">
        {copy.state === "copied" &&
          (fromFile ? "Link copied: it opens the bundled data, not the file" : "Link copied")}
      </span>
      <div
        ref={popover}
        id={popoverId}
        popover="auto"
        className="popover-panel share-fallback"
        role="dialog"
        aria-label="Link to this view"
        onToggle={(event) => {
          if ((event as unknown as ToggleEvent).newState === "closed") setCopy({ state: "idle" });
        }}
      >
        {copy.state === "fallback" && (
          <>
            <label>
              The clipboard is not available here. Copy this link:
              <input
                ref={field}
                readOnly
                value={copy.url}
                onFocus={(event) => event.currentTarget.select()}
                spellCheck={false}
              />
            </label>
            {fromFile && <p className="share-note">It opens the bundled data: the file is not included.</p>}
            <button type="button" popoverTarget={popoverId} popoverTargetAction="hide">
              Close
            </button>
          </>
        )}
      </div>
    </div>
  );
}
