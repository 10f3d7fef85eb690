import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";
import { boundaries } from "./scripts/lint/boundaries.js";

export default tseslint.config(
  { ignores: ["dist", "dist-*", "node_modules", "playwright-report", "test-results", "bench/out"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // Tests mutate fixtures into deliberately broken shapes.
    files: ["**/*.test.{ts,tsx}", "e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The layers of src/, bottom up (docs/architecture.md): each imports only those before it, and
    // features never import each other. Only the graph feature imports the graph library: it is heavy
    // and canvas-specific, and one owner keeps its quirks in one place.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { lattice: { rules: { boundaries } } },
    rules: {
      "lattice/boundaries": [
        "error",
        {
          layers: ["src/data", "src/state", "src/components", "src/features/*", "src/app"],
          libraries: { "react-force-graph-2d": "src/features/graph", "force-graph": "src/features/graph" },
        },
      ],
    },
  },
);
