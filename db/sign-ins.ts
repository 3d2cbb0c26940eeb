import "server-only";
import { and, eq, isNull, ne } from "drizzle-orm";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { publicOperation } from "./operation";
import { signIns } from "./schema";

export type SignInEndReason = "sign_out" | "password_changed" | "password_reset" | "deactivated" | "role_changed";

/** Whether the sign-in a token carries is still open (its user may be re-read separately). */
export async function isSignInOpen(ctx: Pick<DbContext, "db">, signInId: string): Promise<boolean> {
  return publicOperation({ db: ctx.db, ip: null }, { name: "auth.sign_in_check", mode: "read" }, async ({ tx }) => {
    const [row] = await tx.select({ id: signIns.id }).from(signIns).where(and(eq(signIns.id, signInId), isNull(signIns.endedAt)));
    return row !== undefined;
  });
}

/** Ends one sign-in (sign-out). Ending one already ended changes nothing. */
export async function endSignIn(ctx: Pick<DbContext, "db">, signInId: string): Promise<void> {
  await publicOperation({ db: ctx.db, ip: null }, { name: "auth.sign_in_end" }, async ({ tx }) => {
    await tx
      .update(signIns)
      .set({ endedAt: new Date().toISOString(), endedReason: "sign_out" })
      .where(and(eq(signIns.id, signInId), isNull(signIns.endedAt)));
  });
}

/** Ends every open sign-in of a user (but `except`), inside the caller's unit of work. */
export async function endSignInsOf(tx: Tx, userId: string, reason: SignInEndReason, except?: string): Promise<void> {
  await tx
    .update(signIns)
    .set({ endedAt: new Date().toISOString(), endedReason: reason })
    .where(and(eq(signIns.userId, userId), isNull(signIns.endedAt), except ? ne(signIns.id, except) : undefined));
}
