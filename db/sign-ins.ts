import "server-only";
import { and, desc, eq, isNull, lt, ne, or } from "drizzle-orm";
import { ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { OutOfScopeError, operation, publicOperation } from "./operation";
import { signIns } from "./tables";

export type SignInEndReason = "sign_out" | "password_changed" | "password_reset" | "deactivated" | "role_changed" | "ended_by_user";

/** "Last seen" is kept to the minute: a busy page does not write on every request. */
const LAST_SEEN_EVERY_MS = 60 * 1000;

/**
 * Whether the sign-in a token carries is still open (its user may be re-read separately). An open
 * one is marked seen, at most once a minute, for the user's list of their sign-ins.
 */
export async function isSignInOpen(ctx: Pick<DbContext, "db">, signInId: string): Promise<boolean> {
  const now = new Date();
  const row = await publicOperation({ db: ctx.db, ip: null }, { name: "auth.sign_in_check", mode: "read" }, async ({ tx }) => {
    const [open] = await tx.select({ lastSeenAt: signIns.lastSeenAt }).from(signIns).where(and(eq(signIns.id, signInId), isNull(signIns.endedAt)));
    return open;
  });
  if (!row) return false;
  if (row.lastSeenAt === null || Date.parse(row.lastSeenAt) < now.getTime() - LAST_SEEN_EVERY_MS) {
    const seenBefore = new Date(now.getTime() - LAST_SEEN_EVERY_MS).toISOString();
    await publicOperation({ db: ctx.db, ip: null }, { name: "auth.sign_in_seen" }, async ({ tx }) => {
      await tx
        .update(signIns)
        .set({ lastSeenAt: now.toISOString() })
        .where(and(eq(signIns.id, signInId), isNull(signIns.endedAt), or(isNull(signIns.lastSeenAt), lt(signIns.lastSeenAt, seenBefore))));
    });
  }
  return true;
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

export type MySignIn = { id: string; startedAt: string; lastSeenAt: string | null; device: string | null; isCurrent: boolean };

/** The user's own open sign-ins, newest first, the one making this request marked. */
export async function listMySignIns(ctx: DbContext): Promise<MySignIn[]> {
  return operation(ctx, { name: "account.sign_ins", roles: ROLES, mode: "read" }, async ({ tx, actor }) => {
    const rows = await tx
      .select({ id: signIns.id, startedAt: signIns.createdAt, lastSeenAt: signIns.lastSeenAt, device: signIns.device })
      .from(signIns)
      .where(and(eq(signIns.userId, actor.id), isNull(signIns.endedAt)))
      .orderBy(desc(signIns.createdAt));
    return rows.map((row) => ({ ...row, isCurrent: row.id === ctx.signInId }));
  });
}

/**
 * Ends one of the user's other sign-ins: its cookie stops working on its next request (the jwt
 * callback checks the row). Someone else's sign-in, or one already ended, is not found (audited).
 */
export async function endMySignIn(ctx: DbContext, signInId: string): Promise<void> {
  await operation(ctx, { name: "account.end_sign_in", roles: ROLES }, async ({ tx, actor, audit }) => {
    if (signInId === ctx.signInId) throw new AppError("CONFLICT", "This is the sign-in you are using: use Sign out to end it.");
    const ended = await tx
      .update(signIns)
      .set({ endedAt: new Date().toISOString(), endedReason: "ended_by_user" })
      .where(and(eq(signIns.id, signInId), eq(signIns.userId, actor.id), isNull(signIns.endedAt)))
      .returning({ id: signIns.id });
    if (ended.length === 0) throw new OutOfScopeError("sign_in", signInId, "That sign-in has already ended.");
    await audit({ action: "account.sign_in_ended", entityType: "user", entityId: actor.id, detail: { signInId } });
  });
}

/** Ends every sign-in of the user but the one making this request. */
export async function endMyOtherSignIns(ctx: DbContext): Promise<{ ended: number }> {
  return operation(ctx, { name: "account.end_other_sign_ins", roles: ROLES }, async ({ tx, actor, audit }) => {
    const current = ctx.signInId;
    // Without the request's own sign-in this would end every one, the caller's included.
    if (!current) throw new AppError("CONFLICT", "Sign in again to manage your sign-ins.");
    const ended = await tx
      .update(signIns)
      .set({ endedAt: new Date().toISOString(), endedReason: "ended_by_user" })
      .where(and(eq(signIns.userId, actor.id), isNull(signIns.endedAt), ne(signIns.id, current)))
      .returning({ id: signIns.id });
    await audit({ action: "account.other_sign_ins_ended", entityType: "user", entityId: actor.id, detail: { ended: ended.length } });
    return { ended: ended.length };
  });
}
