import { exportAuditEvents, recordAuditExport } from "@/db/audit-log";
import { getPracticeSettings } from "@/db/practice";
import { auditCsvChunk, auditCsvHeader } from "@/lib/audit/csv";
import { auditReportQuerySchema } from "@/lib/audit/report-query";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/**
 * The audit report as CSV, with the page's filters and order, streamed a batch at a time. Admins
 * only (the data layer refuses anyone else, audited); every export is audited with its filters
 * and row count when it ends, as a failure if it broke off.
 */
export const GET = defineRoute({ query: auditReportQuerySchema }, async (query, ctx) => {
  const timeZone = (await getPracticeSettings(ctx))?.timeZone ?? "UTC";
  const batches = exportAuditEvents(ctx, query);
  // The first batch is read before answering, so a refusal is a status, not a broken file.
  const first = await batches.next();
  const encoder = new TextEncoder();
  let rows = 0;
  let finished = false;
  const finish = async (completed: boolean) => {
    if (finished) return;
    finished = true;
    await recordAuditExport(ctx, { query, rows, completed });
  };
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const firstRows = first.done ? [] : first.value;
      rows += firstRows.length;
      controller.enqueue(encoder.encode(auditCsvHeader() + auditCsvChunk(firstRows, timeZone)));
      if (first.done) {
        await finish(true);
        controller.close();
      }
    },
    async pull(controller) {
      try {
        const next = await batches.next();
        if (next.done) {
          await finish(true);
          controller.close();
          return;
        }
        rows += next.value.length;
        controller.enqueue(encoder.encode(auditCsvChunk(next.value, timeZone)));
      } catch (error) {
        await finish(false);
        controller.error(error);
      }
    },
    async cancel() {
      await batches.return(undefined);
      await finish(false);
    },
  });
  const today = new Date().toISOString().slice(0, 10);
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="crisisnote-audit-report-${today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
});
