import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "./client";

export function checkDatabase(db: Db): boolean {
  return db.get<{ ok: number }>(sql`select 1 as ok`)?.ok === 1;
}
