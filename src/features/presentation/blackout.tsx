import { create } from "zustand";

/** Whether the presenter has blacked the screen (B); not part of the view, so not in the URL. */
export const useBlackout = create<{ on: boolean; set: (on: boolean) => void }>()((set) => ({
  on: false,
  set: (on) => set({ on }),
}));

/** The black screen of the slideware habit: B shows it, any key or a click brings the picture back. */
export function Blackout() {
  const on = useBlackout((s) => s.on);
  const set = useBlackout((s) => s.set);
  if (!on) return null;
  return (
    <div
      className="present-blackout"
      role="dialog"
      aria-label="Screen blacked out"
      onClick={() => set(false)}
    >
      <p className="visually-hidden">The screen is blacked out. Press any key to return.</p>
    </div>
  );
}
