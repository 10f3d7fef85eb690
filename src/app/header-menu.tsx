import type { ReactNode } from "react";
import { useAnchoredPopover } from "../components/use-anchored-popover";
import { useCompact } from "../components/use-media-query";

/**
 * The header's actions: in a row where they fit, folded behind one "Menu" button on phones and
 * tablets. Folded, they live in a native popover (Escape and a tap outside close it); the popovers
 * the actions open themselves (compare, copy link) are nested in it, so the menu stays open under them.
 */
export function HeaderMenu({ children }: { children: ReactNode }) {
  const compact = useCompact();
  const { id, button, panel, place } = useAnchoredPopover();
  if (!compact) return <div className="header-actions">{children}</div>;
  return (
    <>
      <button
        ref={button}
        type="button"
        className="header-menu-button"
        popoverTarget={id}
        aria-controls={id}
        onClick={place}
      >
        Menu
      </button>
      <div ref={panel} id={id} popover="auto" className="popover-panel header-actions header-actions-menu">
        {children}
      </div>
    </>
  );
}
