import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import "./side-panel.css";

function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/**
 * The frame of a detail panel: a complementary landmark named by its h2, a Close button, and
 * Escape to close (unless the key was meant for a text field or already handled). The heading takes
 * focus when the panel opens or changes subject, and focus goes back where it was when it closes.
 */
export function SidePanel({
  title,
  kicker,
  onClose,
  escapeCloses = true,
  children,
}: {
  title: string;
  kicker?: ReactNode;
  onClose: () => void;
  /** False while another panel is on top and should get the Escape first. */
  escapeCloses?: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [opener] = useState(() => (typeof document === "undefined" ? null : document.activeElement));

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    bodyRef.current?.scrollTo({ top: 0 });
  }, [title]);

  useEffect(
    () => () => {
      if (opener instanceof HTMLElement && opener.isConnected && opener !== document.body) opener.focus();
    },
    [opener],
  );

  useEffect(() => {
    if (!escapeCloses) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || isEditable(event.target)) return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [escapeCloses, onClose]);

  return (
    <aside className="side-panel" aria-labelledby={headingId}>
      <header className="side-panel-header">
        <div className="side-panel-titles">
          {kicker && <div className="side-panel-kicker">{kicker}</div>}
          <h2 id={headingId} ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
        </div>
        <button type="button" className="side-panel-close" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="side-panel-body" ref={bodyRef}>
        {children}
      </div>
    </aside>
  );
}
