import { z } from "zod";
import { auditVerificationStatus, checkAuditChain } from "@/db/audit-log";
import { getPracticeSettings } from "@/db/practice";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/** Where the integrity checks stand (the last check, the last full one, a failure): nothing walked. */
export const GET = defineRoute({ query: z.object({}) }, async (_query, ctx) => {
  const [status, practice] = await Promise.all([auditVerificationStatus(ctx), getPracticeSettings(ctx)]);
  return Response.json({ ...status, timeZone: practice?.timeZone ?? "UTC" });
});

const verifyQuery = z.object({
  scope: z.enum(["new", "full"], { error: "Choose new entries or the whole chain." }).default("new"),
});

/**
 * Runs the integrity check, admins only: the entries new since the last check, or the whole chain.
 * It walks in chunks and lets the server answer other requests meanwhile; the answer is the
 * verdict, e.g. `{ ok: false, seq, problem }`, for the page and for monitoring.
 */
export const POST = defineRoute({ query: verifyQuery }, async (query, ctx) => Response.json(await checkAuditChain(ctx, query.scope)));
