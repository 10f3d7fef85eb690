import type { MouseEvent, ReactNode } from "react";
import { serializeQuery } from "../state/url-codec";
import { updateView, useViewStore } from "../state/store";
import type { ViewState } from "../state/view-state";

/**
 * A real link to another view (so it can be opened in a new tab or copied) that, on a plain click,
 * changes the view in place and pushes a history entry.
 */
export function ViewLink({
  patch,
  children,
  className,
}: {
  patch: Partial<ViewState>;
  children: ReactNode;
  className?: string;
}) {
  const view = useViewStore((s) => s.view);
  const href = serializeQuery({ ...view, ...patch }) || "?";
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    updateView(patch, "push");
  };
  return (
    <a href={href} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
