import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema.ts",
  // DRIZZLE_OUT lets scripts/check-migrations.mjs generate into a scratch folder.
  out: process.env.DRIZZLE_OUT ?? "./db/migrations",
  dbCredentials: { url: process.env.DATABASE_URL ?? "file:./data/crisisnote.db" },
  strict: true,
});
