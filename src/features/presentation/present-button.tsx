import { updateView, useView } from "../../state/store";

/** "Present" enters presentation mode (also key F); inside it, "Exit presentation" (also Escape). */
export function PresentButton() {
  const present = useView("present");
  return present ? (
    <button type="button" onClick={() => updateView({ present: false }, "push")} aria-keyshortcuts="Escape">
      Exit presentation
    </button>
  ) : (
    <button type="button" onClick={() => updateView({ present: true }, "push")} aria-keyshortcuts="f">
      Present
    </button>
  );
}
