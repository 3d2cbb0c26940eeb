import { exportBillingDays, recordBillingExport } from "@/db/billing";
import { csvChunk, csvHeaderLine, csvRowsForDay } from "@/lib/billing-report/csv";
import { isBillableDay } from "@/lib/billing-report/flags";
import { billingReportQuerySchema } from "@/lib/billing-report/range";
import type { ReportDay } from "@/lib/billing-report/types";
import { defineRoute } from "@/server/route";

export const dynamic = "force-dynamic";

/**
 * The billing CSV, streamed a week of dates at a time as the browser reads it: memory stays flat
 * however long the range. Billable days only (every note final) unless flagged ones are asked
 * for. Admins only (the data layer refuses anyone else, audited); every export is audited with
 * its filters and row count when it ends.
 */
export const GET = defineRoute({ query: billingReportQuerySchema }, async (query, ctx) => {
  const filters = { from: query.from, to: query.to, clinicianId: query.clinicianId, payerId: query.payerId, code: query.code };
  const days = exportBillingDays(ctx, filters);
  // The first window is read before answering, so a refusal or bad filter is a status, not a broken file.
  const first = await days.next();
  const encoder = new TextEncoder();
  let rows = 0;
  let finished = false;
  const toRows = (batch: readonly ReportDay[]) => batch.filter((day) => query.includeFlagged || isBillableDay(day)).flatMap((day) => csvRowsForDay(day));
  const finish = async (completed: boolean) => {
    if (finished) return;
    finished = true;
    await recordBillingExport(ctx, { filters, includeFlagged: query.includeFlagged, rows, completed });
  };
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const firstRows = first.done ? [] : toRows(first.value);
      rows += firstRows.length;
      controller.enqueue(encoder.encode(`${csvHeaderLine({ bom: query.bom })}${csvChunk(firstRows)}`));
    },
    async pull(controller) {
      // Dates without lines enqueue nothing, and a pull that enqueues nothing is not called again:
      // read on until there is something to send or the range is done.
      try {
        for (;;) {
          const next = await days.next();
          if (next.done) {
            await finish(true);
            controller.close();
            return;
          }
          const batch = toRows(next.value);
          if (batch.length === 0) continue;
          rows += batch.length;
          controller.enqueue(encoder.encode(csvChunk(batch)));
          return;
        }
      } catch (error) {
        // A broken export is still an export: the rows already sent are audited as a failure.
        await finish(false);
        controller.error(error);
      }
    },
    async cancel() {
      await days.return(undefined);
      await finish(false);
    },
  });
  const name = `crisisnote-billing-${query.from}-to-${query.to}.csv`;
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
