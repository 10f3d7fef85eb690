// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EventMarks, pastEnd, R } from "./event-marks";

afterEach(cleanup);

// A 1,000-day timeline on a 1,000 px row: one pixel per day.
const bounds = { startDay: 0, endDay: 1000 };
const events = [
  { day: 100, label: "11 Apr 1970: First event" },
  { day: 500, label: "15 May 1971: Second event" },
  { day: 900, label: "18 Jun 1972: Third event" },
];

function renderRow(day: number, onJump = vi.fn()) {
  const view = render(<EventMarks events={events} day={day} bounds={bounds} width={1000} onJump={onJump} />);
  const row = view.getByTestId("timeline-events");
  row.getBoundingClientRect = () => ({
    left: 0,
    top: 0,
    width: 1000,
    height: 16,
    right: 1000,
    bottom: 16,
    x: 0,
    y: 0,
    toJSON: () => ({}),
  });
  return { ...view, row, onJump };
}
const paths = (container: HTMLElement, cls: string) =>
  container.querySelector(`path.${cls}`)?.getAttribute("d") ?? null;

describe("EventMarks", () => {
  // The filled copy is revealed up to pastEnd: fraction × row width + px (a 1,000 px row here).
  const revealedTo = (day: number) => {
    const past = events.filter((e) => e.day <= day).length;
    const end = pastEnd(
      Int32Array.from(events, (e) => e.day),
      past,
      bounds,
    );
    return end.fraction * 1000 + end.px;
  };
  /** A diamond of half-diagonal R, its 1.5 px stroke included, spans x ± (R + 0.75). */
  const reach = R + 0.75;

  it("fills the diamonds of events on or before the date, whole, and none after it", () => {
    expect(revealedTo(500)).toBeGreaterThanOrEqual(500 + reach);
    expect(revealedTo(500)).toBeLessThanOrEqual(900 - reach);
    expect(revealedTo(899)).toBeLessThanOrEqual(900 - reach);
    expect(revealedTo(1000)).toBeGreaterThanOrEqual(900 + reach);
  });

  it("fills nothing before the first event, and rings only an event on the date", () => {
    expect(revealedTo(50)).toBeLessThanOrEqual(100 - reach);
    expect(revealedTo(50)).toBeLessThan(0 - reach);
    const { container } = renderRow(500);
    expect(paths(container, "tl-event-now")).toMatch(/^M493\.5 8L500 /);
    cleanup();
    expect(paths(renderRow(50).container, "tl-event-now")).toBeNull();
  });

  it("names the event pointed at, and jumps to it on a click", () => {
    const { row, onJump } = renderRow(0);
    fireEvent.pointerMove(row, { clientX: 503 });
    expect(screen.getByRole("tooltip").textContent).toBe("◆ 15 May 1971: Second event");
    fireEvent.pointerDown(row, { clientX: 503, button: 0 });
    expect(onJump).toHaveBeenCalledWith(500);
  });

  it("leaves a click between events to the track (scrubbing), and names nothing there", () => {
    const { row, onJump } = renderRow(0);
    fireEvent.pointerMove(row, { clientX: 300 });
    expect(screen.queryByRole("tooltip")).toBeNull();
    fireEvent.pointerDown(row, { clientX: 300, button: 0 });
    expect(onJump).not.toHaveBeenCalled();
  });
});
