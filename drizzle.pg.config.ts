import { defineConfig } from "drizzle-kit";

/** The PostgreSQL twin of drizzle.config.ts: `npm run db:generate` generates both. */
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema.pg.ts",
  // DRIZZLE_OUT lets scripts/check-migrations.mjs generate into a scratch folder.
  out: process.env.DRIZZLE_OUT ?? "./db/migrations-pg",
  strict: true,
});
