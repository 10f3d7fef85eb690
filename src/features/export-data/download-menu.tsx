import type { ReactNode } from "react";
import { useAnchoredPopover } from "../../components/use-anchored-popover";
import "./export-data.css";

/**
 * "Download": one button that opens a native popover of downloads (Escape and a click outside close
 * it, focus returns to the button). An item closes the menu when chosen.
 */
export function DownloadMenu({ children }: { children: ReactNode }) {
  const { id, button, panel, place } = useAnchoredPopover();
  return (
    <div className="download-menu">
      <button ref={button} type="button" popoverTarget={id} aria-controls={id} onClick={place}>
        Download
      </button>
      <div
        ref={panel}
        id={id}
        popover="auto"
        className="popover-panel download-menu-panel"
        role="group"
        aria-label="Downloads"
        onClick={(event) => {
          if ((event.target as HTMLElement).closest("button")) panel.current?.hidePopover();
        }}
      >
        {children}
      </div>
    </div>
  );
}
