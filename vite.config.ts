import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { runnerImport, type Plugin } from "vite";
import { verifiedDatasetHash } from "./scripts/verified-dataset.ts";
import { defineConfig } from "vitest/config";

/**
 * The Content-Security-Policy of the production build (docs/security.md). Only the build gets it: the
 * dev server injects an inline React Refresh preamble that a strict policy would block.
 * connect-src allows https: because `?data=` may name an https dataset (fetched without credentials).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

function contentSecurityPolicy(): Plugin {
  return {
    name: "lattice-csp",
    apply: "build",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

/**
 * Validates the bundled dataset when the app is built (and when the dev server or tests start) and
 * records its SHA-256 as __VERIFIED_BUNDLED_DATASET__, so the page can skip validating that exact
 * file again (src/data/verified-bundle.ts). null when it does not validate, or when validation would
 * change it: the page then validates it and shows the problems.
 */
function verifiedBundledDataset(): Plugin {
  return {
    name: "lattice-verified-dataset",
    async config() {
      // Through Vite's module runner (experimental API): the validator is app code, TypeScript with
      // extensionless imports, which Node's own loader would not take.
      const { module } = await runnerImport<typeof import("./src/data/validate")>("/src/data/validate.ts", {
        configFile: false,
        root: fileURLToPath(new URL(".", import.meta.url)),
      });
      const text = readFileSync(new URL("./public/data/indo-pacific.json", import.meta.url), "utf8");
      const hash = verifiedDatasetHash(text, module.validateDatasetText);
      return { define: { __VERIFIED_BUNDLED_DATASET__: JSON.stringify(hash) } };
    },
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), verifiedBundledDataset()],
  build: {
    target: "es2022",
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ["src/**/*.test.{ts,tsx}", "scripts/**/*.test.ts"],
    environment: "node",
  },
});
