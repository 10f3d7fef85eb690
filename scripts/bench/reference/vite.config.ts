/**
 * Builds the benchmark's reference page on its own (never part of the app bundle):
 * `npx vite build --config scripts/bench/reference/vite.config.ts` → node_modules/.cache/lattice-bench/reference.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  plugins: [react()],
  logLevel: "warn",
  build: {
    target: "es2022",
    outDir: fileURLToPath(new URL("../../../node_modules/.cache/lattice-bench/reference", import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
