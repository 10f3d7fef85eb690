import { useViewStore } from "../state/store";

/** Dismissible notices, e.g. URL parameters that were ignored and why. */
export function Notices() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="region" aria-label="Notices">
      {notices.map((n) => (
        <p key={n.id} className="notice">
          <span>{n.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(n.id)}
            aria-label={`Dismiss: ${n.text}`}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
