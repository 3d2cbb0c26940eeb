import "server-only";
import { and, asc, eq, gte, lte } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import { addDays } from "@/lib/billing-report/calendar";
import type { ReportDay, ReportNote } from "@/lib/billing-report/types";
import { AppError } from "@/lib/errors";
import type { Tx } from "./client";
import type { DbContext } from "./context";
import { operation } from "./operation";
import { billingLines, clients, crisisSessions, payers, users } from "./tables";
import { practiceBillingLines } from "./scopes";

const ADMINS = ["admin"] as const;

export type BillingFilters = { from: string; to: string; clinicianId?: string; payerId?: string; code?: string };

/** Unknown ids in the filters are bad input, answered with a clear message (never an empty report that looks real). */
async function assertFilterIds(tx: Tx, filters: BillingFilters): Promise<void> {
  if (filters.clinicianId) {
    const [clinician] = await tx.select({ id: users.id }).from(users).where(eq(users.id, filters.clinicianId));
    if (!clinician) throw new AppError("VALIDATION", "That clinician is not one of the practice's users.", { clinicianId: ["Choose a clinician from the list."] });
  }
  if (filters.payerId) {
    const [payer] = await tx.select({ id: payers.id }).from(payers).where(eq(payers.id, filters.payerId));
    if (!payer) throw new AppError("VALIDATION", "That payer does not exist.", { payerId: ["Choose a payer from the list."] });
  }
}

/**
 * The client-days of a range, each with its stored lines and the notes behind it (any state, so
 * drafts and notes under review are flagged). Billing fields only: the note's text is never read.
 */
async function billingDaysIn(tx: Tx, filters: BillingFilters): Promise<ReportDay[]> {
  const clinician = alias(users, "clinician");
  const clientPayer = alias(payers, "client_payer");
  const cosigner = alias(users, "cosigner");
  const notes = await tx
    .select({
      id: crisisSessions.id,
      status: crisisSessions.status,
      createdAt: crisisSessions.createdAt,
      signedAt: crisisSessions.signedAt,
      cosignedAt: crisisSessions.cosignedAt,
      dateOfService: crisisSessions.dateOfService,
      clientId: clients.id,
      clientName: clients.name,
      clientDateOfBirth: clients.dateOfBirth,
      clientExternalId: clients.externalId,
      clientPayerId: clients.payerId,
      clientPayerName: clientPayer.name,
      memberId: clients.memberId,
      clinicianId: clinician.id,
      clinicianName: clinician.name,
      clinicianCredentials: clinician.credentials,
      clinicianNpi: clinician.npi,
      cosignerName: crisisSessions.cosignerName,
      cosignerCredentials: crisisSessions.cosignerCredentials,
      cosignerNpi: cosigner.npi,
    })
    .from(crisisSessions)
    .innerJoin(clients, eq(clients.id, crisisSessions.clientId))
    .innerJoin(clinician, eq(clinician.id, crisisSessions.clinicianId))
    .leftJoin(clientPayer, eq(clientPayer.id, clients.payerId))
    .leftJoin(cosigner, eq(cosigner.id, crisisSessions.cosignerId))
    .where(
      and(
        gte(crisisSessions.dateOfService, filters.from),
        lte(crisisSessions.dateOfService, filters.to),
        filters.clinicianId ? eq(crisisSessions.clinicianId, filters.clinicianId) : undefined,
        filters.payerId ? eq(clients.payerId, filters.payerId) : undefined,
      ),
    )
    .orderBy(asc(crisisSessions.dateOfService), asc(clients.name), asc(crisisSessions.createdAt));
  const lines = await tx
    .select()
    .from(billingLines)
    .where(and(practiceBillingLines(filters), filters.clinicianId ? eq(billingLines.clinicianId, filters.clinicianId) : undefined));
  const linesByDay = new Map<string, (typeof lines)[number][]>();
  for (const line of lines) {
    const key = `${line.clinicianId}|${line.clientId}|${line.dateOfService}`;
    linesByDay.set(key, [...(linesByDay.get(key) ?? []), line]);
  }
  const days = new Map<string, ReportDay>();
  for (const note of notes) {
    if (!note.dateOfService) continue;
    const key = `${note.clinicianId}|${note.clientId}|${note.dateOfService}`;
    let day = days.get(key);
    if (!day) {
      const dayLines = linesByDay.get(key) ?? [];
      const first = dayLines[0];
      day = {
        dateOfService: note.dateOfService,
        client: { id: note.clientId, name: note.clientName, dateOfBirth: note.clientDateOfBirth, externalId: note.clientExternalId, payerName: note.clientPayerName, memberId: note.memberId },
        clinician: { id: note.clinicianId, name: note.clinicianName, credentials: note.clinicianCredentials, npi: note.clinicianNpi },
        cosigner: null,
        lines: dayLines.map((line) => ({ code: line.code, units: line.units, modifiers: line.modifiers ? line.modifiers.split(",") : [], placeOfService: line.placeOfService })),
        minutes: first?.dayMinutes ?? 0,
        ruleSet: first?.ruleSet ?? null,
        payerName: first ? first.payerName : note.clientPayerName,
        diagnosisCodes: first ? first.diagnosisCodes.split(",").filter(Boolean) : [],
        warningCodes: first ? (JSON.parse(first.warnings) as { code: string }[]).map((w) => w.code) : [],
        notes: [],
      };
      days.set(key, day);
    }
    const reportNote: ReportNote = { id: note.id, status: note.status, createdAt: note.createdAt, signedAt: note.signedAt, cosignedAt: note.cosignedAt };
    day.notes.push(reportNote);
    if (note.cosignerName && !day.cosigner) day.cosigner = { name: note.cosignerName, credentials: note.cosignerCredentials, npi: note.cosignerNpi };
  }
  const all = [...days.values()];
  return filters.code ? all.filter((day) => day.lines.some((line) => line.code === filters.code)) : all;
}

export type BillingReportData = { days: ReportDay[]; clinicians: { id: string; name: string }[]; payers: { id: string; name: string }[] };

/** The billing page: every client-day of the range under the filters, and the filter choices. Audited with the filters and count. */
export async function getBillingReport(ctx: DbContext, filters: BillingFilters & { status: string }): Promise<BillingReportData> {
  return operation(ctx, { name: "billing.report", roles: ADMINS }, async (work) => {
    const { tx } = work;
    await assertFilterIds(tx, filters);
    const days = await billingDaysIn(tx, filters);
    const clinicians = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.role, "therapist")).orderBy(asc(users.name));
    const supervisors = await tx.select({ id: users.id, name: users.name }).from(users).where(eq(users.role, "supervisor")).orderBy(asc(users.name));
    const payerOptions = await tx.select({ id: payers.id, name: payers.name }).from(payers).orderBy(asc(payers.name));
    await work.auditView({ action: "billing.listed", entityType: "billing_report", detail: { ...filterDetail(filters), status: filters.status, days: days.length } });
    return { days, clinicians: [...clinicians, ...supervisors].sort((a, b) => a.name.localeCompare(b.name)), payers: payerOptions };
  });
}

const filterDetail = (filters: BillingFilters) => ({ from: filters.from, to: filters.to, clinicianId: filters.clinicianId ?? null, payerId: filters.payerId ?? null, code: filters.code ?? null });

// One day of dates of service per read: the peak memory follows a day's lines, not the range's.
const EXPORT_WINDOW_DAYS = 1;


/**
 * The export, one date of service at a time: each window is its own short read, so a year
 * of a busy practice streams out without holding the connection (other users keep working) and
 * without the whole range in memory. The export is audited when it ends, with its row count.
 */
export async function* exportBillingDays(ctx: DbContext, filters: BillingFilters): AsyncGenerator<ReportDay[]> {
  await operation(ctx, { name: "billing.export", roles: ADMINS, mode: "read" }, ({ tx }) => assertFilterIds(tx, filters));
  for (let from = filters.from; from <= filters.to; from = addDays(from, EXPORT_WINDOW_DAYS)) {
    const to = addDays(from, EXPORT_WINDOW_DAYS - 1) < filters.to ? addDays(from, EXPORT_WINDOW_DAYS - 1) : filters.to;
    yield await operation(ctx, { name: "billing.export", roles: ADMINS, mode: "read" }, ({ tx }) => billingDaysIn(tx, { ...filters, from, to }));
  }
}

/** The export's audit row, written when the file has been sent (or the download stopped). */
export async function recordBillingExport(ctx: DbContext, input: { filters: BillingFilters; includeFlagged: boolean; rows: number; completed: boolean }): Promise<void> {
  await operation(ctx, { name: "billing.export", roles: ADMINS }, ({ audit }) =>
    audit({
      action: "billing.exported",
      entityType: "billing_report",
      outcome: input.completed ? "success" : "failure",
      detail: { ...filterDetail(input.filters), includeFlagged: input.includeFlagged, rows: input.rows },
    }),
  );
}
