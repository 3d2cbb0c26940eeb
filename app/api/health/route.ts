import { getDb } from "@/db/client";
import { checkDatabase } from "@/db/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the e2e server: the process answers and the database opens. */
export async function GET(): Promise<Response> {
  return Response.json({ ok: await checkDatabase({ db: getDb() }) });
}
