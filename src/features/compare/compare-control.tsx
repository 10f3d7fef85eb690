import { useRef, useState, type FormEvent } from "react";
import { useAnchoredPopover } from "../../components/use-anchored-popover";
import { formatDate } from "../../data/dates";
import type { ViewModel } from "../../data/view-model";
import { updateView, useView } from "../../state/store";
import { checkFrom, compareBounds, suggestedFrom } from "./compare-range";
import "./compare.css";

/**
 * "Compare with…": picks an earlier date A; the view then shows the shown date B against A
 * (`time=A..B`): new agreements emphasised, ended ones dimmed. The summary is CompareSummary's.
 */
export function CompareControl({ vm }: { vm: ViewModel }) {
  const compareFrom = useView("compareFrom");
  const { id: popoverId, button, panel: popover, place } = useAnchoredPopover();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  // The form exists only while the popover is open: a date input costs 10–20 ms to create in
  // Chromium, and it is re-keyed on every date, which would be on every frame of a play.
  const [open, setOpen] = useState(false);
  const bounds = compareBounds(vm.prepared.startDay, vm.day);
  const comparing = compareFrom !== null;
  const stop = () => {
    updateView({ compareFrom: null }, "push");
    popover.current?.hidePopover();
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!bounds) return;
    const value = input.current?.value ?? "";
    const problem = checkFrom(value, bounds);
    setError(problem);
    if (problem) return;
    updateView({ compareFrom: value }, "push");
    popover.current?.hidePopover();
  };
  const current = vm.comparison?.fromDay ?? null;

  return (
    <div className="compare">
      <button
        type="button"
        ref={button}
        popoverTarget={popoverId}
        className={comparing ? "compare-on" : undefined}
        onClick={place}
      >
        Compare with…
      </button>
      <div
        ref={popover}
        id={popoverId}
        popover="auto"
        className="popover-panel compare-popover"
        role="dialog"
        aria-label="Compare with an earlier date"
        onToggle={(event) => {
          const isOpen = (event as unknown as ToggleEvent).newState === "open";
          setOpen(isOpen);
          if (!isOpen) setError(null);
        }}
      >
        {!open ? null : bounds ? (
          <form onSubmit={onSubmit} noValidate>
            <label>
              Compare {formatDate(vm.dayIso)} with the network on
              <input
                ref={input}
                // Focused when the popover opens (the form mounts then).
                autoFocus
                type="date"
                name="from"
                min={bounds.min}
                max={bounds.max}
                // Re-keyed so the suggestion follows the shown date and the current comparison.
                key={`${vm.day}-${current}`}
                defaultValue={suggestedFrom(bounds, vm.day, current)}
                aria-describedby={`${popoverId}-hint`}
                aria-invalid={error !== null}
                required
              />
            </label>
            <p id={`${popoverId}-hint`} className="compare-hint">
              Agreements new since then are emphasised, those ended since are dimmed; the table gains a Change
              column.
            </p>
            {error && (
              <p className="compare-error" role="alert">
                {error}
              </p>
            )}
            <div className="compare-actions">
              <button type="submit">Compare</button>
              {comparing && (
                <button type="button" onClick={stop}>
                  Stop comparing
                </button>
              )}
            </div>
          </form>
        ) : (
          <p className="compare-hint">
            Move the timeline past {vm.prepared.dataset.timeline.start} to compare with an earlier date.
          </p>
        )}
      </div>
    </div>
  );
}
