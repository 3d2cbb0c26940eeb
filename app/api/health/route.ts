import { getDb } from "@/db/client";
import { checkDatabase } from "@/db/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the e2e server: the process answers and the database opens. */
export function GET(): Response {
  return Response.json({ ok: checkDatabase(getDb()) });
}
