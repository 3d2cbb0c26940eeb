import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { billingLines, clients, users } from "./schema";
import { practiceBillingLines } from "./scopes";

/**
 * A billing line as a biller sees it: who, when, what code, never a word of the note. The admin's
 * DTO; clinicians see their lines on the note itself.
 */
export type BillingLineForAdmin = {
  dateOfService: string;
  clientName: string;
  clientDateOfBirth: string;
  clinicianName: string;
  clinicianCredentials: string | null;
  code: string;
  units: number;
  modifiers: string[];
  placeOfService: string;
  dayMinutes: number;
};

const MAX_LINES = 5000;

/** The practice's billing lines for a range of dates of service, for admins. Audited with the range and count. */
export async function listPracticeBillingLines(ctx: DbContext, range: { from: string; to: string }): Promise<BillingLineForAdmin[]> {
  return operation(ctx, { name: "billing.list", roles: ["admin"] }, async (work) => {
    const clinician = alias(users, "clinician");
    const rows = await work.tx
      .select({
        dateOfService: billingLines.dateOfService,
        clientName: clients.name,
        clientDateOfBirth: clients.dateOfBirth,
        clinicianName: clinician.name,
        clinicianCredentials: clinician.credentials,
        code: billingLines.code,
        units: billingLines.units,
        modifiers: billingLines.modifiers,
        placeOfService: billingLines.placeOfService,
        dayMinutes: billingLines.dayMinutes,
      })
      .from(billingLines)
      .innerJoin(clients, eq(clients.id, billingLines.clientId))
      .innerJoin(clinician, eq(clinician.id, billingLines.clinicianId))
      .where(practiceBillingLines(range))
      .orderBy(asc(billingLines.dateOfService), asc(clients.name), asc(billingLines.code))
      .limit(MAX_LINES);
    await work.auditView({ action: "billing.listed", entityType: "billing_lines", detail: { from: range.from, to: range.to, shown: rows.length } });
    return rows.map((row) => ({ ...row, modifiers: row.modifiers ? row.modifiers.split(",") : [] }));
  });
}
