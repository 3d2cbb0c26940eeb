import "server-only";
import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, ne } from "drizzle-orm";
import type { z } from "zod";
import { BillingInputError, summarizeDay, tryComputeCrisisBilling } from "@/lib/billing";
import { CLINICAL_ROLES } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { type GuidancePanel, crisisGuidancePanel } from "@/lib/notes/guidance-panel";
import { assertNoteEditable, assertNoteSigned } from "@/lib/notes/lifecycle";
import { statusAfterSigning } from "@/lib/notes/review";
import { type MissingItem, findMissingItems } from "@/lib/notes/sign-readiness";
import type { NoteStatus } from "@/lib/notes/status";
import type { NoteBody } from "@/lib/validation/note";
import type { addendumSchema, saveDraftSchema } from "@/lib/validation/session";
import type { Tx } from "./client";
import type { Actor, DbContext } from "./context";
import { operation } from "./operation";
import { practiceTimeZone } from "./practice";
import { clientPayerIn } from "./payers";
import { addenda, billingLines, crisisSessions, guidancePanels, noteReviews, reviewQueue, users } from "./tables";
import { findOwnSession, parseNote, segmentsOf } from "./session-access";
import { type BillingLineView, toLineView } from "./sessions";

const staleMessage =
  "This note was changed in another tab or on another device since you opened it. Your text is still on this page: copy what you need, then reload.";

/**
 * Autosave. Optimistic locking: the write only happens if the note is still at the version the
 * form started from, so a second tab gets a conflict instead of silently overwriting.
 */
export async function saveDraft(ctx: DbContext, input: z.output<typeof saveDraftSchema>): Promise<{ version: number }> {
  return operation(ctx, { name: "notes.save", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    const row = await findOwnSession(tx, actor, input.sessionId);
    assertNoteEditable(row.status);
    if (row.version !== input.version) throw new AppError("CONFLICT", staleMessage);
    const version = row.version + 1;
    await tx
      .update(crisisSessions)
      .set({
        ...input.meta,
        audioOnlyReason: input.meta.audioOnlyReason || null,
        timesAttested: input.timesAttested,
        note: JSON.stringify(input.note),
        version,
        updatedAt: new Date().toISOString(),
      })
      .where(and(eq(crisisSessions.id, row.id), eq(crisisSessions.version, row.version)));
    await work.audit({ action: "note.updated", entityType: "crisis_session", entityId: row.id, detail: { version } });
    return { version };
  });
}

export class NotReadyToSignError extends AppError {
  readonly missing: MissingItem[];
  constructor(missing: MissingItem[]) {
    const fieldErrors: Record<string, string[]> = {};
    for (const item of missing) (fieldErrors[item.field] ??= []).push(item.message);
    super("VALIDATION", `This note is not ready to sign: ${missing.length} item${missing.length === 1 ? "" : "s"} to complete.`, fieldErrors);
    this.missing = missing;
  }
}

export type SignOutcome = { status: NoteStatus; dayMinutes: number; lines: BillingLineView[]; warnings: string[] };

/**
 * Signs and locks a note. BILLING-RULES §1: the client's whole day for this clinician (this note
 * plus their other signed notes for the client on that date) is summed before codes are chosen,
 * and the day's billing lines are rewritten in the same transaction.
 */
export async function signSession(ctx: DbContext, input: { sessionId: string; version: number }): Promise<SignOutcome> {
  return operation(ctx, { name: "notes.sign", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    const { row, clinician, timeZone, segments, note, dateOfService } = await readyToSign(tx, actor, input);
    const outcome = await rebillDay(tx, { day: { ...row, dateOfService }, timeZone, signing: { ...row, segments, note } });
    const hasSupervisor = Boolean(clinician?.supervisorId);
    const status = statusAfterSigning({ hasSupervisor, mode: clinician?.reviewMode ?? "cosign_required" });
    const panel = crisisGuidancePanel();
    const now = new Date().toISOString();
    const guidancePanelId = await storedGuidancePanel(tx, { code: "90839", panel, now });
    await tx
      .update(crisisSessions)
      .set({
        status,
        signedAt: now,
        guidanceCode: "90839",
        guidanceVersion: panel.version,
        guidancePanelId,
        signerName: clinician?.name ?? actor.name,
        signerCredentials: clinician?.credentials ?? null,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(and(eq(crisisSessions.id, row.id), eq(crisisSessions.version, row.version)));
    // A supervised clinician's signature opens (or reopens) the review: it joins the thread.
    if (hasSupervisor) {
      await tx.insert(noteReviews).values({ sessionId: row.id, authorId: actor.id, authorName: clinician?.name ?? actor.name, authorCredentials: clinician?.credentials ?? null, kind: "submitted", createdAt: now });
      await tx
        .insert(reviewQueue)
        .values({ sessionId: row.id, clinicianId: row.clinicianId, submittedAt: now })
        .onConflictDoUpdate({ target: reviewQueue.sessionId, set: { submittedAt: now } });
    }
    await work.audit({
      action: "note.signed",
      entityType: "crisis_session",
      entityId: row.id,
      detail: { status, dayMinutes: outcome.dayMinutes, lines: outcome.lines.map((l) => `${l.code}x${l.units}`).join(" ") },
    });
    return { ...outcome, status };
  });
}

/**
 * The id of this exact guidance panel in guidance_panels, stored on first use: every note signed
 * beside the same panel references one row (content-addressed: the JSON is unique).
 */
async function storedGuidancePanel(tx: Tx, options: { code: string; panel: GuidancePanel; now: string }): Promise<number> {
  const content = JSON.stringify(options.panel);
  const [known] = await tx.select({ id: guidancePanels.id }).from(guidancePanels).where(eq(guidancePanels.content, content));
  if (known) return known.id;
  const [stored] = await tx
    .insert(guidancePanels)
    .values({ code: options.code, version: options.panel.version, content, createdAt: options.now })
    .returning({ id: guidancePanels.id });
  if (!stored) throw new Error("the guidance panel was not stored");
  return stored.id;
}

export type SignPreview = Omit<SignOutcome, "lines"> & { dateOfService: string; lines: Omit<BillingLineView, "dayMinutes">[] };

/**
 * What signing the note as stored now would commit, without committing it: the status it goes
 * to and the day's lines (this note with the day's other signed notes, BILLING-RULES §1), for
 * the summary the clinician confirms. Refused exactly as signing would be.
 */
export async function previewSigning(ctx: DbContext, input: { sessionId: string; version: number }): Promise<SignPreview> {
  return operation(ctx, { name: "notes.sign_preview", roles: CLINICAL_ROLES }, async ({ tx, actor, auditView }) => {
    const { row, clinician, timeZone, segments, note, dateOfService } = await readyToSign(tx, actor, input);
    // A look at the note and its day's billing: a view (merged into the clinician's own change just before, as usual).
    await auditView({ action: "note.viewed", entityType: "crisis_session", entityId: row.id });
    const { result } = await computeDay(tx, { day: { ...row, dateOfService }, timeZone, signing: { ...row, segments, note } });
    const status = statusAfterSigning({ hasSupervisor: Boolean(clinician?.supervisorId), mode: clinician?.reviewMode ?? "cosign_required" });
    return {
      status,
      dateOfService,
      dayMinutes: result?.totalMinutes ?? 0,
      lines: (result?.lines ?? []).map((line) => ({ code: line.code, units: line.units, modifiers: [...line.modifiers], placeOfService: line.placeOfService })),
      warnings: (result?.warnings ?? []).map((w) => w.message),
    };
  });
}

/** The note as stored, checked by the sign rules; NotReadyToSignError lists what is missing. */
async function readyToSign(tx: Tx, actor: Actor, input: { sessionId: string; version: number }) {
  const row = await findOwnSession(tx, actor, input.sessionId);
  assertNoteEditable(row.status);
  if (row.version !== input.version) throw new AppError("CONFLICT", staleMessage);
  const [clinician] = await tx
    .select({ name: users.name, credentials: users.credentials, supervisorId: users.supervisorId, reviewMode: users.reviewMode })
    .from(users)
    .where(eq(users.id, row.clinicianId));
  const timeZone = await practiceTimeZone(tx);
  const segments = await segmentsOf(tx, row.id);
  const note = parseNote(row);
  const meta = { modality: row.modality, placeOfService: row.placeOfService, clientAtHome: row.clientAtHome, audioOnlyReason: row.audioOnlyReason ?? "", contactStart: row.contactStart };
  const attempt = tryComputeCrisisBilling({ segments, timeZone, now: new Date().toISOString() });
  const missing = findMissingItems({
    clinicianCredentials: clinician?.credentials ?? null,
    meta,
    note,
    timesAttested: row.timesAttested,
    segments,
    segmentProblem: attempt.ok ? null : attempt.error.message,
    dateOfService: row.dateOfService,
  });
  if (missing.length > 0 || !row.dateOfService) throw new NotReadyToSignError(missing);
  return { row, clinician, timeZone, segments, note, dateOfService: row.dateOfService };
}

type ClientDay = { clinicianId: string; clientId: string; dateOfService: string };
type DayMeta = { modality: "in_person" | "video" | "audio_only"; placeOfService: string; clientAtHome: boolean; contactStart: string };
type SigningNote = DayMeta & { id: string; segments: { start: string; end: string | null }[]; note: NoteBody };


/**
 * Rewrites one clinician's day with one client (BILLING-RULES §1): the signed notes of that day
 * (pending review or final), plus the note being signed, are summed before codes are chosen.
 * Without a note being signed (a note was returned), the day is billed from what remains, with
 * the place and modality of its latest signed note; an empty day has no lines.
 */
export async function rebillDay(tx: Tx, options: { day: ClientDay; timeZone: string; signing?: SigningNote }): Promise<Omit<SignOutcome, "status">> {
  const { day } = options;
  const { result, payer, diagnosisCodes, notes } = await computeDay(tx, options);
  await tx
    .delete(billingLines)
    .where(and(eq(billingLines.clinicianId, day.clinicianId), eq(billingLines.clientId, day.clientId), eq(billingLines.dateOfService, day.dateOfService)));
  if (!result) return { dayMinutes: 0, lines: [], warnings: [] };
  const computedAt = new Date().toISOString();
  const sessionIds = notes.map((n) => n.noteId).join(",");
  const rows = result.lines.map((line) => ({
    id: randomUUID(),
    clinicianId: day.clinicianId,
    clientId: day.clientId,
    dateOfService: day.dateOfService,
    code: line.code,
    units: line.units,
    modifiers: line.modifiers.join(","),
    placeOfService: line.placeOfService,
    dayMinutes: result.totalMinutes,
    sessionIds,
    payerId: payer.id,
    payerName: payer.name,
    ruleSet: result.ruleSet ?? "cpt",
    diagnosisCodes: diagnosisCodes.join(","),
    warnings: JSON.stringify(result.warnings),
    computedAt,
  }));
  if (rows.length > 0) await tx.insert(billingLines).values(rows);
  return { dayMinutes: result.totalMinutes, lines: rows.map(toLineView), warnings: result.warnings.map((w) => w.message) };
}

/** The day's lines as the engine computes them (reads only); null result for an empty day. */
async function computeDay(tx: Tx, options: { day: ClientDay; timeZone: string; signing?: SigningNote }) {
  const { day, timeZone, signing } = options;
  const dayWhere = and(eq(crisisSessions.clinicianId, day.clinicianId), eq(crisisSessions.clientId, day.clientId), eq(crisisSessions.dateOfService, day.dateOfService));
  const others = await tx
    .select({ id: crisisSessions.id, modality: crisisSessions.modality, placeOfService: crisisSessions.placeOfService, clientAtHome: crisisSessions.clientAtHome, contactStart: crisisSessions.contactStart, note: crisisSessions.note })
    .from(crisisSessions)
    .where(and(dayWhere, signing ? ne(crisisSessions.id, signing.id) : undefined, inArray(crisisSessions.status, ["pending_review", "final"])))
    .orderBy(desc(crisisSessions.signedAt));
  const notes = signing ? [{ noteId: signing.id, segments: signing.segments }] : [];
  for (const other of others) notes.push({ noteId: other.id, segments: await segmentsOf(tx, other.id) });
  const payer = await clientPayerIn(tx, day.clientId);
  const meta: DayMeta | undefined = signing ?? others[0];
  if (!meta || notes.length === 0) return { result: null, payer, diagnosisCodes: [], notes };
  // The day's notes together: every other service billed that day, every diagnosis (the signing
  // note's primary first).
  const bodies = [...(signing ? [signing.note] : []), ...others.map((other) => parseNote(other))];
  const sameDayCodes = [...new Set(bodies.flatMap((body) => body.sameDayCodes))];
  const diagnosisCodes = [...new Set(bodies.flatMap((body) => body.diagnoses))];
  try {
    const result = summarizeDay({
      notes,
      timeZone,
      dateOfService: day.dateOfService,
      modality: meta.modality,
      clientAtHome: meta.clientAtHome,
      placeOfService: meta.placeOfService,
      scheduledVisit: meta.contactStart === "scheduled_follow_up",
      sameDayCodes,
      ...(payer.input ? { payer: payer.input } : {}),
    });
    return { result, payer, diagnosisCodes, notes };
  } catch (error) {
    if (error instanceof BillingInputError) {
      throw new AppError("VALIDATION", `${error.message} (another signed note for this client on the same day)`, { segments: [error.message] });
    }
    throw error;
  }
}

export async function addAddendum(ctx: DbContext, input: z.output<typeof addendumSchema>): Promise<{ addendumId: string }> {
  return operation(ctx, { name: "notes.addendum", roles: CLINICAL_ROLES }, async (work) => {
    const { tx, actor } = work;
    const row = await findOwnSession(tx, actor, input.sessionId);
    assertNoteSigned(row.status);
    const addendumId = randomUUID();
    await tx.insert(addenda).values({ id: addendumId, sessionId: row.id, authorId: actor.id, reason: input.reason, text: input.text, createdAt: new Date().toISOString() });
    await work.audit({ action: "note.addendum_added", entityType: "crisis_session", entityId: row.id });
    return { addendumId };
  });
}
