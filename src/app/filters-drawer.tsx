import { useEffect, useRef, useState, type ReactNode } from "react";
import { useView } from "../state/store";

/**
 * The filters on phones and tablets: a "Filters" button opens them in a modal drawer from the left
 * (a native dialog: focus stays inside, Escape and the Close button close it). Choosing a country
 * or an agreement closes it, so the panel that opens is not hidden behind it.
 */
export function FiltersDrawer({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const country = useView("country");
  const agreement = useView("agreement");
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  // A new selection closes the drawer (state adjusted while rendering, not in an effect).
  const selection = `${country}|${agreement}`;
  const [seen, setSeen] = useState(selection);
  if (seen !== selection) {
    setSeen(selection);
    setOpen(false);
  }
  return (
    <>
      <button
        type="button"
        className="filters-button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
      >
        Filters
      </button>
      <dialog
        ref={dialog}
        className="filters-drawer"
        aria-label="Filters"
        onClose={() => setOpen(false)}
        onClick={(e) => e.target === e.currentTarget && setOpen(false)}
      >
        <div className="filters-drawer-head">
          <h2>Filters</h2>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {open && children}
      </dialog>
    </>
  );
}
