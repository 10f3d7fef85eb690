import { useEffect, useRef } from "react";
import { isTypingTarget, SHORTCUTS } from "./shortcuts";
import { VIEW_TIPS } from "./view-tips";
import "./help.css";

/** "Keyboard shortcuts" button and the dialog it opens; `?` opens it from anywhere. */
export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "?" && !isTypingTarget(event.target) && !dialog.current?.open) {
        event.preventDefault();
        dialog.current?.showModal();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="help-button"
        onClick={() => dialog.current?.showModal()}
        aria-keyshortcuts="?"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
      >
        ?
      </button>
      <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title">
        <h2 id="help-title">Keyboard shortcuts</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Where</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={`${s.keys}-${s.where}`}>
                <td>
                  <kbd>{s.keys}</kbd>
                </td>
                <td>{s.where}</td>
                <td>{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="help-subtitle">Reading the analysis</h3>
        <dl className="help-tips">
          {VIEW_TIPS.map((t) => (
            <div key={t.title}>
              <dt>{t.title}</dt>
              <dd>{t.text}</dd>
            </div>
          ))}
        </dl>
        <button type="button" autoFocus onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}
