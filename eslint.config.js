// Lint: TypeScript rules plus the layer rules of DESIGN.md as import restrictions.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const layer = (folder, banned, extra = []) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          ...banned.map((b) => ({
            group: [`**/${b}`, `**/${b}/**`, `../${b}/*`, `../../${b}/*`],
            message: `src/${folder}/ must not import src/${b}/ (layer rules, DESIGN.md)`,
          })),
          ...extra,
        ],
      },
    ],
  },
});

const apps = ["content", "background", "popup", "options", "readingreport", "cli"];

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "web-ext-artifacts/**", "coverage/**", ".tmp/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  layer("core", [...apps, "shared"], [
    { group: ["webextension-polyfill", "linkedom", "@mozilla/readability", "preact", "preact/*", "idb", "node:*"], message: "core/ is pure: no DOM, browser or Node APIs" },
  ]),
  ...apps.map((a) => layer(a, apps.filter((b) => b !== a))),
);
