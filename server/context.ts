import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getDb } from "@/db/client";
import type { ActorContext, DbContext } from "@/db/context";
import { recordAccessDenied } from "@/db/operation";
import type { Role } from "@/lib/auth/roles";
import { findActiveActor } from "@/db/sign-in";
import { type SignedInArea, getSignedInArea } from "@/db/signed-in-area";
import { authOptions } from "@/server/auth-options";
import { requestIp } from "@/server/client-address";

/**
 * The request's data-layer context: the signed-in user re-read from the database (so a
 * deactivation or role change takes effect on the next request, whatever the token says).
 * Memoized per request: the layout and the page share one lookup.
 */
export const requestContext = cache(async (): Promise<DbContext> => {
  const db = getDb();
  const requestHeaders = await headers();
  const ip = requestIp((name) => requestHeaders.get(name));
  // next-auth calls it a "session"; here it is the sign-in, never a crisis session.
  const signIn = await getServerSession(await authOptions());
  // An ended sign-in has no user here: the jwt callback (server/auth-options.ts) checks it once.
  const actor = signIn?.user?.id ? await findActiveActor({ db }, signIn.user.id) : null;
  return { db, actor, ip, ...(actor && signIn?.user?.signInId ? { signInId: signIn.user.signInId } : {}) };
});

/**
 * What the signed-in area's frame shows (the reset notice, a supervisor's queue badge), read once
 * per request for the layout and the page. Only after pageContext has let the request in.
 */
export const requestSignedInArea = cache(async (): Promise<SignedInArea> => getSignedInArea(await requestContext()));

/** The change-password page, told where the user was going (a path only, set by proxy.ts). */
async function passwordChangeDetour(): Promise<string> {
  const path = (await headers()).get("x-crisisnote-path");
  return path && path !== "/" && path.startsWith("/") && !path.startsWith("//") ? `/account/password?next=${encodeURIComponent(path)}` : "/account/password";
}

type PageAccess = {
  /** Roles that may see the page; omitted = every signed-in user. */
  roles?: readonly Role[];
  /** The change-password page stays reachable while a temporary password must be replaced. */
  allowPendingPasswordChange?: boolean;
};

/**
 * Every page of the signed-in area starts here. Signed out → sign-in page; temporary password →
 * change it first; wrong role → 404 (audited), so admin pages do not even reveal they exist.
 */
export async function pageContext(access: PageAccess = {}): Promise<ActorContext> {
  const ctx = await requestContext();
  if (!ctx.actor) redirect("/login");
  const withActor = { ...ctx, actor: ctx.actor };
  if (withActor.actor.mustChangePassword && !access.allowPendingPasswordChange) redirect(await passwordChangeDetour());
  if (access.roles && !access.roles.includes(withActor.actor.role)) {
    await recordAccessDenied(withActor, { entityType: "page", entityId: null, detail: { role: withActor.actor.role } });
    notFound();
  }
  return withActor;
}
