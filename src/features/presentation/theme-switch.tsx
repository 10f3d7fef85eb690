import { updateView, useView } from "../../state/store";

/** Dark (default) or light presentation theme: a toggle, kept in the URL (`theme=light`). */
export function ThemeSwitch() {
  const theme = useView("theme");
  return (
    <button
      type="button"
      aria-pressed={theme === "light"}
      onClick={() => updateView({ theme: theme === "light" ? "dark" : "light" }, "push")}
      title="A light theme for bright rooms, where projectors wash out dark colours"
    >
      Light theme
    </button>
  );
}
