import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// TEST_DATABASE_URL=postgres://… runs the data-layer tests on PostgreSQL (npm run test:unit:pg):
// DATABASE_URL then names it too, so db/tables.ts hands the modules the PostgreSQL tables.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // Tests are server code: the guard resolves to its empty module, as under Next's server condition.
      "server-only": fileURLToPath(new URL("node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "server/**/*.test.ts"],
    // Data-layer tests each open their own database (in memory, or a fresh PostgreSQL one); no shared state.
    pool: "forks",
    setupFiles: ["db/test-setup.ts"],
    env: onPostgres ? { DATABASE_URL: process.env.TEST_DATABASE_URL ?? "" } : {},
  },
});
