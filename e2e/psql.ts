import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** PostgreSQL's `psql` on the PATH, or in Debian's /usr/lib/postgresql/<version>/bin. */
function psqlBinary(): string {
  const base = "/usr/lib/postgresql";
  const versions = fs.existsSync(base) ? fs.readdirSync(base).sort((a, b) => Number(b) - Number(a)) : [];
  return versions.map((version) => path.join(base, version, "bin", "psql")).find((file) => fs.existsSync(file)) ?? "psql";
}

/**
 * One query as an operator would type it, against DATABASE_URL: its rows, tab-separated. For
 * checks the app has no page for (the migrations table); the app itself never runs this.
 */
export function psql(sql: string, databaseUrl: string = process.env.DATABASE_URL ?? ""): string {
  return execFileSync(psqlBinary(), ["-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-d", databaseUrl, "-c", sql], { encoding: "utf8" }).trim();
}
