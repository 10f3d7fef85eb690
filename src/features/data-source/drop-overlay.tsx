import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { openDatasetFile } from "./source-actions";

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;

/**
 * Drag and drop of a .json or .csv file anywhere on the app, with an overlay saying what a drop
 * does. Enter/leave fire for every element crossed, so a depth count tells when the drag has left.
 */
export function DropOverlay() {
  const queryClient = useQueryClient();
  const [active, setActive] = useState(false);
  useEffect(() => {
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // allows the drop
      if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
    };
    const onLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // else the browser navigates to the file
      depth = 0;
      setActive(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openDatasetFile(queryClient, file);
    };
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
    };
  }, [queryClient]);
  if (!active) return null;
  return (
    <div className="drop-overlay" role="status">
      <p>
        Drop a <strong>.json</strong> dataset or a <strong>.csv</strong> of agreements to open it
      </p>
    </div>
  );
}
