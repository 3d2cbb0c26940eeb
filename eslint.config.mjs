import nextPlugin from "@next/eslint-plugin-next";
import drizzle from "eslint-plugin-drizzle";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**", "db/migrations-pg/**"],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { drizzle, "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // An UPDATE or DELETE without WHERE rewrites every row: never intended here.
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      // Database access goes through db/ only (DESIGN.md "Rules of the house").
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "better-sqlite3", message: "Open the database through db/client.ts." },
            { name: "drizzle-orm", message: "Queries live in db/: call a db/ function that takes the acting user." },
          ],
          patterns: [{ group: ["drizzle-orm/*"], message: "Queries live in db/." }],
        },
      ],
      "no-console": ["error", { allow: ["error", "warn"] }],
    },
  },
  {
    files: ["db/**", "drizzle.config.ts", "drizzle.pg.config.ts"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // The browser must never get server code: UI and the framework-free domain may name db/
    // types (erased at build time) but never import its values, nor server/ glue.
    files: ["components/**", "lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/*", "@/server/*"], allowTypeImports: true, message: "Server code: pass data in as props, or move a shared vocabulary to lib/." },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/*", "@/server/*"], allowTypeImports: true, message: "Server code: lib/ is shared with the browser." },
            { group: ["next", "next/*", "next-auth", "next-auth/*", "react", "react-dom"], message: "lib/ is framework-free: framework glue goes in server/ or components/." },
          ],
        },
      ],
    },
  },
  {
    // Command-line scripts and benchmarks print to the terminal by design.
    files: ["scripts/**", "bench/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Playwright fixtures use an empty destructuring pattern by convention: `async ({}, use) => …`.
    files: ["e2e/**"],
    rules: { "no-empty-pattern": "off", "react-hooks/rules-of-hooks": "off" },
  },
  {
    // Matchers such as expect.stringContaining are typed `any` by vitest itself.
    files: ["**/*.test.ts"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off" },
  },
);
