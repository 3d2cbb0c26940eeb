import "server-only";
import { count } from "drizzle-orm";
import type { DbContext } from "./context";
import { publicOperation } from "./operation";
import { practiceSettings } from "./tables";

/** The health check's one query (a count always answers one row), through the same door as everything else. */
export async function checkDatabase(ctx: Pick<DbContext, "db">): Promise<boolean> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "health", mode: "read" }, async ({ tx }) => {
    const rows = await tx.select({ n: count() }).from(practiceSettings);
    return rows.length === 1;
  });
}
