import { checkAuditChain } from "@/db/audit-log";
import { isAppError } from "@/lib/errors";
import { requestContext } from "@/server/context";

/** Admin-only integrity check of the audit trail, for monitoring. */
export async function GET(): Promise<Response> {
  try {
    const ctx = await requestContext();
    return Response.json(await checkAuditChain(ctx));
  } catch (error) {
    if (isAppError(error)) return Response.json({ error: error.message }, { status: error.status });
    throw error;
  }
}
