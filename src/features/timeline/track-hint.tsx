/**
 * The timeline track's hover hint, above the point it names: kept inside the track near its ends
 * (anchored left or right instead of centred). Used for agreement starts and for events.
 */
import type { ReactNode } from "react";
import { pct } from "./track-geometry";

export function TrackHint({ fraction, children }: { fraction: number; children: ReactNode }) {
  const edge = fraction < 0.15 ? " is-start" : fraction > 0.85 ? " is-end" : "";
  return (
    <div className={`tl-hint${edge}`} role="tooltip" style={{ left: pct(fraction) }}>
      {children}
    </div>
  );
}
