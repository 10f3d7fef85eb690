import { useState } from "react";
import { useViewStore } from "../state/store";

/** Listed when the group is opened; the rest are counted. */
const LISTED = 20;

/**
 * Dismissible notices, e.g. URL parameters that were ignored and why. Several are grouped into one
 * line ("7 notices: URL parameters ignored — Show") so a crafted link cannot stack them and push the
 * foreign-data banner out of sight.
 */
export function Notices() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  const dismissAll = useViewStore((s) => s.dismissAllNotices);
  const [open, setOpen] = useState(false);
  if (notices.length === 0) return null;
  const single = notices.length === 1 ? notices[0]! : null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {single ? (
        <p className="notice">
          <span>{single.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(single.id)}
            aria-label={`Dismiss: ${single.text}`}
          >
            Dismiss
          </button>
        </p>
      ) : (
        <>
          <p className="notice">
            <span>{notices.length} URL parameters ignored</span>
            <button type="button" className="link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
              {open ? "Hide" : "Show"}
            </button>
            <button type="button" className="link-button" onClick={dismissAll}>
              Dismiss all
            </button>
          </p>
          {open && (
            <ul className="notice-list">
              {notices.slice(0, LISTED).map((n) => (
                <li key={n.id}>
                  <span>{n.text}</span>{" "}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => dismiss(n.id)}
                    aria-label={`Dismiss: ${n.text}`}
                  >
                    Dismiss
                  </button>
                </li>
              ))}
              {notices.length > LISTED && <li>…and {notices.length - LISTED} more.</li>}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
