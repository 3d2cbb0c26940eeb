import { z } from "zod";
import { exportAuditCheckpoint } from "@/db/audit-log";
import { checkpointFileName } from "@/lib/audit/checkpoint";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/**
 * A signed checkpoint of the audit chain's head, as a file to keep away from the server
 * (`npm run audit:verify -- --checkpoint file.json` checks it later). Admins only; the entries new
 * since the last check are verified first and the export is audited. POST: it writes to the trail.
 */
export const POST = defineRoute({ query: z.object({}) }, async (_query, ctx) => {
  const checkpoint = await exportAuditCheckpoint(ctx);
  return new Response(`${JSON.stringify(checkpoint, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${checkpointFileName(checkpoint)}"`,
      "Cache-Control": "no-store",
    },
  });
});
