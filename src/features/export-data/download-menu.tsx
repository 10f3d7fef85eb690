import { useId, useRef, type ReactNode } from "react";
import "./export-data.css";

/**
 * "Download": one button that opens a native popover of downloads (Escape and a click outside close
 * it, focus returns to the button). An item closes the menu when chosen.
 */
export function DownloadMenu({ children }: { children: ReactNode }) {
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const place = () => {
    const p = panel.current;
    const b = button.current;
    if (!p || !b) return;
    const rect = b.getBoundingClientRect();
    Object.assign(p.style, {
      position: "fixed",
      margin: "0",
      inset: "auto",
      top: `${Math.round(rect.bottom + 6)}px`,
      right: `${Math.max(8, Math.round(window.innerWidth - rect.right))}px`,
    });
  };
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
