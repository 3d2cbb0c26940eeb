/**
 * `npm run bench:seed -- --sessions 200000`: a year of a busy practice, for benchmarks, in the
 * database DATABASE_URL names. Refuses any file whose name does not contain "bench", and any
 * database that is already set up, so it can never write into a real practice.
 *
 * Made through the same rules as the app, in two ways:
 * - Through the data layer (audited like real use): first-run setup, one more payer, 20
 *   clinicians (supervisors, supervisees in both review modes) whose password is changed to the
 *   demo password, and the clients with their payer and member id.
 * - Raw prepared statements for the notes, their time segments, review threads and billing lines,
 *   chunked into one transaction per few thousand client-days (the data layer would take hours).
 *   Rows carry exactly the columns startSession, addSegment, saveDraft, signSession and
 *   reviewNote write; every note body passes noteBodySchema and the sign-readiness rules, and the
 *   lines come from summarizeDay with the client's payer, as rebillDay computes them. Each note
 *   has the audit rows those operations write (created, each segment added, saved, viewed,
 *   signed, and the co-signature), at the times they happened, chained with lib/audit/hash.ts
 *   as appendAudit chains them: `npm run audit:verify` passes. Signed notes reference the one
 *   guidance panel row (guidance_panels), as signSession stores it.
 *
 * Options: --sessions N (at least N notes) or --lines N (at least N billing lines; default
 * 200000 lines), --clients N (default 10000), --seed N (the pseudo-random sequence, default 1),
 * --no-audit (skip the notes' audit rows, for a quick seed). Dates of service cover the 365 days
 * before today.
 */
import { randomUUID } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { DateTime } from "luxon";

import { verifyAuditChain } from "../db/audit-chain";
import { type AuditKey, currentKey, keyringOf } from "../db/audit-keyring";
import { GENESIS_HASH, auditHmac } from "../lib/audit/hash";
import { type Db, databaseFile, databaseTarget, migrateDatabase, openDatabase } from "../db/client";
import { createClient, updateClient } from "../db/clients";
import type { ActorContext } from "../db/context";
import { DEMO_PASSWORD } from "../db/demo-seed";
import { createPayer } from "../db/payers";
import { completeSetup } from "../db/practice";
import { findActiveActor } from "../db/sign-in";
import { changeOwnPassword, createUser } from "../db/users";
import { summarizeDay } from "../lib/billing";
import type { Modality } from "../lib/billing";
import { type StoredPayer, payerInputOf } from "../lib/billing/stored-payer";
import { addDays } from "../lib/billing-report/calendar";
import type { ReviewMode } from "../lib/notes/status";
import { crisisGuidancePanel } from "../lib/notes/guidance-panel";
import { statusAfterSigning } from "../lib/notes/review";
import { findMissingItems } from "../lib/notes/sign-readiness";
import { completeNote, completeSafetyPlan } from "../lib/notes/test-support";
import type { CONTACT_STARTS } from "../lib/notes/choices";
import { localDateOf, localToInstant } from "../lib/time/local";
import { createClientSchema, updateClientSchema } from "../lib/validation/client";
import { type NoteBody, noteBodySchema } from "../lib/validation/note";
import { isValidNpi } from "../lib/validation/npi";
import { createPayerSchema } from "../lib/validation/payer";
import type { SessionMeta } from "../lib/validation/session";
import { createUserSchema } from "../lib/validation/users";

const TIME_ZONE = "America/New_York";
const IP = "bench-seed";
const DAYS = 365;
/** Client-days written per transaction. */
const CHUNK = 2_000;
/** Lines per client-day the duration mix below gives, to size the year before topping it up. */
const EXPECTED_LINES_PER_DAY = 1.42;

// ---------------------------------------------------------------------------------------------
// Options and the guard

type Options = { file: string; target: { lines: number } | { sessions: number }; clients: number; seed: number; withAudit: boolean };

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv.filter((arg) => arg !== "--"),
    options: {
      lines: { type: "string" },
      sessions: { type: "string" },
      clients: { type: "string", default: "10000" },
      seed: { type: "string", default: "1" },
      "no-audit": { type: "boolean", default: false },
    },
  });
  const whole = (name: string, value: string, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, not ${value}.`);
    return n;
  };
  if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to the bench database, e.g. DATABASE_URL=file:/tmp/crisisnote-bench.db.");
  if (databaseTarget(process.env.DATABASE_URL).dialect === "postgresql") throw new Error("The bench seed writes a SQLite file only (it uses SQLite's bulk statements); point DATABASE_URL at file:/tmp/crisisnote-bench.db.");
  const file = databaseFile(process.env.DATABASE_URL);
  if (file === ":memory:" || !path.basename(file).includes("bench")) {
    throw new Error(`The bench seed only writes to a database file whose name contains "bench", not ${file}.`);
  }
  if (values.lines !== undefined && values.sessions !== undefined) throw new Error("Give --sessions or --lines, not both.");
  const target = values.sessions !== undefined ? { sessions: whole("sessions", values.sessions, 1) } : { lines: whole("lines", values.lines ?? "200000", 1) };
  return { file, target, clients: whole("clients", values.clients, 20), seed: whole("seed", values.seed, 0), withAudit: !values["no-audit"] };
}

// ---------------------------------------------------------------------------------------------
// Deterministic randomness: the same options give the same practice (ids and "now" aside).

type Random = { next: () => number; int: (min: number, max: number) => number; pick: <T>(items: readonly T[]) => T; chance: (p: number) => boolean };

function random(seed: number): Random {
  // mulberry32
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  };
  return { next, int, pick, chance: (p) => next() < p };
}

/** A valid NPI (Luhn check digit over 80840 + the first nine digits) starting with 1. */
function npiFor(n: number): string {
  const base = `1${String(n).padStart(8, "0")}`;
  for (let check = 0; check <= 9; check += 1) {
    if (isValidNpi(`${base}${check}`)) return `${base}${check}`;
  }
  throw new Error(`no check digit for ${base}`);
}

// ---------------------------------------------------------------------------------------------
// Practice, users, payers and clients: through the data layer

const FIRST_NAMES = ["Avery", "Blake", "Casey", "Dana", "Elliot", "Frankie", "Gale", "Harper", "Indra", "Jules", "Kai", "Lee", "Morgan", "Noor", "Oakley", "Parker", "Quinn", "Rowan", "Sasha", "Tatum", "Uma", "Val", "Wren", "Yael", "Zion", "Amara", "Bruno", "Chiara", "Dmitri", "Esme"];
const LAST_NAMES = ["Abbott", "Bianchi", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ibrahim", "Jansen", "Kowalski", "Lindgren", "Moreau", "Nakamura", "Okafor", "Petrov", "Quintero", "Rossi", "Schmidt", "Tanaka", "Umarov", "Vasquez", "Weber", "Xu", "Yilmaz", "Zielinski", "Achebe", "Brennan", "Cohen", "Dlamini"];

type Clinician = { id: string; ctx: ActorContext; name: string; credentials: string; hasSupervisor: boolean; reviewMode: ReviewMode; supervisorId: string | null };

type ClinicianPlan = { email: string; role: "therapist" | "supervisor"; credentials: string; hasNpi: boolean; supervisor?: number; reviewMode?: ReviewMode };

/** 4 supervisors; 16 therapists, of whom 4 need a co-signature, 2 are reviewed after signing, 2 have no NPI on file. */
function clinicianPlans(): ClinicianPlan[] {
  const plans: ClinicianPlan[] = [];
  for (let i = 1; i <= 4; i += 1) plans.push({ email: `supervisor${i}@bench.test`, role: "supervisor", credentials: "LCSW-S", hasNpi: true });
  const licensed = ["LCSW", "LPC", "LMFT", "PhD", "PsyD", "LMHC"];
  for (let i = 1; i <= 16; i += 1) {
    const email = `therapist${String(i).padStart(2, "0")}@bench.test`;
    if (i <= 4) plans.push({ email, role: "therapist", credentials: "LMSW", hasNpi: true, supervisor: i <= 2 ? 0 : 1, reviewMode: "cosign_required" });
    else if (i <= 6) plans.push({ email, role: "therapist", credentials: "LPC-A", hasNpi: true, supervisor: 2, reviewMode: "review_after_signing" });
    else plans.push({ email, role: "therapist", credentials: licensed[i % licensed.length] ?? "LCSW", hasNpi: i !== 15 && i !== 16 });
  }
  return plans;
}

async function actorContext(db: Db, userId: string): Promise<ActorContext> {
  const actor = await findActiveActor({ db }, userId);
  if (!actor) throw new Error(`user ${userId} is not active`);
  return { db, actor, ip: IP };
}

async function setUpPractice(db: Db): Promise<{ admin: ActorContext; clinicians: Clinician[] }> {
  const { adminId } = await completeSetup(
    { db, actor: null, ip: IP },
    { practiceName: "Bench Crisis Services", timeZone: TIME_ZONE, adminName: "Ada Admin", adminEmail: "admin@bench.test", password: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD },
  );
  const admin = await actorContext(db, adminId);
  await createPayer(
    admin,
    createPayerSchema.parse({ name: "State Medicaid", ruleSet: "cpt", videoModifier: "GT", audioOnlyModifier: "93", nonOfficeCrisisSites: "", midnight: "start_date", claimsPayerId: "SKMD1", supervisedNpi: "supervisor" }),
  );
  const clinicians: Clinician[] = [];
  for (const [index, plan] of clinicianPlans().entries()) {
    const supervisor = plan.supervisor === undefined ? undefined : clinicians[plan.supervisor];
    const name = `${FIRST_NAMES[index % FIRST_NAMES.length] ?? "Sam"} ${LAST_NAMES[(index * 7) % LAST_NAMES.length] ?? "Lee"}`;
    const input = createUserSchema.parse({
      email: plan.email,
      name,
      role: plan.role,
      credentials: plan.credentials,
      npi: plan.hasNpi ? npiFor(index + 1) : "",
      supervisorId: supervisor?.id ?? "",
      reviewMode: plan.reviewMode ?? "cosign_required",
    });
    const { userId, temporaryPassword } = await createUser(admin, input);
    await changeOwnPassword(await actorContext(db, userId), { currentPassword: temporaryPassword, newPassword: DEMO_PASSWORD, confirmPassword: DEMO_PASSWORD });
    clinicians.push({
      id: userId,
      ctx: await actorContext(db, userId),
      name,
      credentials: plan.credentials,
      hasSupervisor: supervisor !== undefined,
      reviewMode: input.reviewMode,
      supervisorId: supervisor?.id ?? null,
    });
  }
  return { admin, clinicians };
}

type PayerRow = StoredPayer & { id: string; name: string };

/** Payer shares: commercial, Medicare, Medicaid, self-pay; the rest have none on file. */
const PAYER_MIX: [string | null, number][] = [
  ["Commercial (CPT rules)", 0.5],
  ["Medicare", 0.2],
  ["State Medicaid", 0.15],
  ["Self-pay", 0.1],
  [null, 0.05],
];

function pickPayer(rng: Random): string | null {
  let roll = rng.next();
  for (const [name, share] of PAYER_MIX) {
    roll -= share;
    if (roll < 0) return name;
  }
  return null;
}

type BenchClient = { id: string; clinician: Clinician; payer: PayerRow | null };

/** The clients, each created by their primary clinician and then given a payer and contact details. */
async function seedClients(options: { count: number; clinicians: Clinician[]; payers: PayerRow[]; rng: Random }): Promise<BenchClient[]> {
  const { count, clinicians, payers, rng } = options;
  const made: BenchClient[] = [];
  for (let i = 0; i < count; i += 1) {
    const clinician = clinicians[i % clinicians.length];
    if (!clinician) throw new Error("no clinicians");
    const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`;
    const dateOfBirth = addDays("1940-01-01", rng.int(0, 68 * 365));
    const externalId = rng.chance(0.8) ? `MRN-${100_000 + i}` : "";
    const summary = await createClient(clinician.ctx, createClientSchema.parse({ name, dateOfBirth, externalId }));
    const payerName = pickPayer(rng);
    const payer = payers.find((p) => p.name === payerName) ?? null;
    const insured = payer !== null && payer.name !== "Self-pay";
    await updateClient(
      clinician.ctx,
      updateClientSchema.parse({
        clientId: summary.id,
        name: summary.name,
        dateOfBirth: summary.dateOfBirth,
        externalId: summary.externalId ?? "",
        phone: `555-${String(1000 + (i % 9000)).padStart(4, "0")}`,
        emergencyContactName: `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`,
        emergencyContactRelation: rng.pick(["sibling", "parent", "partner", "friend"]),
        emergencyContactPhone: `555-${String(1000 + ((i * 7) % 9000)).padStart(4, "0")}`,
        payerId: payer?.id ?? "",
        // A few insured clients lack a member id (a flag billers see).
        memberId: insured && rng.chance(0.96) ? `M${String(10_000_000 + i)}` : "",
        groupNumber: insured && rng.chance(0.5) ? `G-${100 + (i % 400)}` : "",
      }),
    );
    made.push({ id: summary.id, clinician, payer });
  }
  return made;
}

// ---------------------------------------------------------------------------------------------
// A year of notes, segments, review threads and billing lines: raw statements

type ContactStart = (typeof CONTACT_STARTS)[number];
type Segment = { start: string; end: string };
/** A note as it will be typed and signed; `reviewDelayMinutes` is how long a co-signature takes after signing. */
type PlannedNote = { id: string; meta: SessionMeta; note: NoteBody; segments: Segment[]; createdAt: string; signedAt: string; reviewDelayMinutes: number };
type ClientDay = { client: BenchClient; dateOfService: string; notes: PlannedNote[] };

const DIAGNOSES = [["F43.0"], ["F43.0", "Z63.4"], ["F32.1"], ["F33.2"], ["F41.1", "F43.10"], ["F43.10"], ["F31.81"], ["F32.1", "Z59.0"]];
const IN_PERSON_PLACES = ["11", "11", "11", "11", "12", "23", "53", "15", "27", "03"];
/** How unplanned contacts start; 5% are pre-scheduled follow-ups instead (a flag billers check). */
const UNPLANNED_STARTS: ContactStart[] = ["walk_in", "walk_in", "phone_call", "phone_call", "escalation_in_session", "mobile_outreach", "referral"];

function metaFor(rng: Random): SessionMeta {
  const roll = rng.next();
  const modality: Modality = roll < 0.7 ? "in_person" : roll < 0.9 ? "video" : "audio_only";
  const contactStart = rng.chance(0.05) ? "scheduled_follow_up" : rng.pick(UNPLANNED_STARTS);
  return {
    modality,
    placeOfService: modality === "in_person" ? rng.pick(IN_PERSON_PLACES) : "11",
    clientAtHome: modality === "in_person" ? false : rng.chance(0.7),
    audioOnlyReason: modality === "audio_only" ? "Client had no data plan left for video; phone only" : "",
    contactStart,
  };
}

/** Total minutes of a client-day: mostly 30–74 (one line) or 75+ (two), some 16–29, a few under 16 (none). */
function dayMinutes(rng: Random): number {
  const roll = rng.next();
  if (roll < 0.02) return rng.int(8, 15);
  if (roll < 0.12) return rng.int(16, 29);
  if (roll < 0.55) return rng.int(30, 74);
  return rng.int(75, 160);
}

const at = (date: string, minuteOfDay: number) => `${date}T${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
const plusMinutes = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** One note's segments: `minutes` of face-to-face time from `startMinute`, in one piece or two. */
function segmentsFor(rng: Random, date: string, startMinute: number, minutes: number): Segment[] {
  const local = (minute: number) => localToInstant(at(date, minute), TIME_ZONE);
  if (minutes < 40 || rng.chance(0.85)) return [{ start: local(startMinute), end: local(startMinute + minutes) }];
  const first = rng.int(15, minutes - 15);
  const gap = rng.int(5, 20);
  return [
    { start: local(startMinute), end: local(startMinute + first) },
    { start: local(startMinute + first + gap), end: local(startMinute + minutes + gap) },
  ];
}

function noteFor(rng: Random, dateOfService: string): NoteBody {
  const roll = rng.next();
  const risk: Partial<NoteBody> =
    roll < 0.75
      ? {}
      : {
          riskLevel: "moderate",
          riskRationale: "Passive ideation with a recent loss; no plan, supports engaged",
          safetyPlan: completeSafetyPlan(),
        };
  const sameDay = rng.next();
  return noteBodySchema.parse(
    completeNote({
      ...risk,
      diagnoses: rng.pick(DIAGNOSES),
      // Other services billed that day: a psychotherapy session (conflict) or an E/M visit (add-on).
      sameDayCodes: sameDay < 0.04 ? ["90834"] : sameDay < 0.06 ? ["99213"] : [],
      followUp: { plan: "Phone check-in tomorrow, session within the week", date: addDays(dateOfService, rng.int(1, 7)) },
    }),
  );
}

/** A client-day: usually one note; sometimes two (morning and afternoon), summed before coding. */
function planDay(rng: Random, client: BenchClient, dateOfService: string, now: string): ClientDay {
  const noteCount = rng.chance(0.08) ? 2 : 1;
  // One note starts 08:00–17:59; of two, the morning one starts by 11:59 and ends by 13:40 (at
  // most 80 minutes and a 20-minute gap), the afternoon one starts 14:00–18:59: no overlap, and
  // nothing runs past 21:00, so no day crosses midnight or the hour a clock change skips.
  const starts = noteCount === 1 ? [rng.int(8 * 60, 18 * 60 - 1)] : [rng.int(8 * 60, 12 * 60 - 1), rng.int(14 * 60, 19 * 60 - 1)];
  const notes = starts.map((startMinute): PlannedNote => {
    const minutes = noteCount === 2 ? Math.max(10, Math.round(dayMinutes(rng) / 2)) : dayMinutes(rng);
    const segments = segmentsFor(rng, dateOfService, startMinute, minutes);
    const first = segments[0];
    const last = segments.at(-1);
    if (!first || !last) throw new Error("a note without segments");
    // Most notes are signed within the hour; a few days late (a late entry), never in the future.
    const signedAt = plusMinutes(last.end, rng.chance(0.03) ? rng.int(2, 10) * 1440 : rng.int(5, 60));
    return {
      id: randomUUID(),
      meta: metaFor(rng),
      note: noteFor(rng, dateOfService),
      segments,
      createdAt: plusMinutes(first.start, -rng.int(1, 5)),
      signedAt: signedAt < now ? signedAt : now,
      reviewDelayMinutes: rng.int(2 * 60, 3 * 1440),
    };
  });
  // Signed in the order they were signed (a late entry can come after a later note).
  return { client, dateOfService, notes: notes.sort((a, b) => a.signedAt.localeCompare(b.signedAt)) };
}

type Statements = ReturnType<typeof prepare>;

function prepare(db: Db) {
  const raw = db.$client;
  return {
    insertSession: raw.prepare(
      `INSERT INTO crisis_sessions (id, client_id, clinician_id, status, date_of_service, modality, place_of_service, client_at_home, audio_only_reason, contact_start, note,
         times_attested, guidance_code, guidance_version, guidance_panel_id, version, signed_at, signer_name, signer_credentials, cosigner_id, cosigner_name, cosigner_credentials, cosigned_at, created_at, updated_at)
       VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // Segments go in while the note is a draft (a trigger locks a signed note's time), then it is signed.
    signSession: raw.prepare("UPDATE crisis_sessions SET status = ? WHERE id = ?"),
    insertSegment: raw.prepare("INSERT INTO session_segments (id, session_id, clinician_id, started_at, ended_at, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
    insertReview: raw.prepare("INSERT INTO note_reviews (session_id, author_id, author_name, author_credentials, kind, comment, created_at) VALUES (?, ?, ?, ?, ?, '', ?)"),
    // As signSession keeps it: the note waits in its supervisor's queue until a decision.
    queueForReview: raw.prepare("INSERT INTO review_queue (session_id, clinician_id, submitted_at) VALUES (?, ?, ?)"),
    insertAudit: raw.prepare(
      `INSERT INTO audit_events (seq, at, actor_id, action, entity_type, entity_id, ip, outcome, detail, prev_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'success', ?, ?, ?, ?)`,
    ),
    readChainHead: raw.prepare("SELECT last_seq AS lastSeq, last_hash AS lastHash FROM audit_chain_head WHERE id = 1"),
    writeChainHead: raw.prepare("INSERT INTO audit_chain_head (id, last_seq, last_hash) VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET last_seq = excluded.last_seq, last_hash = excluded.last_hash"),
    insertLine: raw.prepare(
      `INSERT INTO billing_lines (id, clinician_id, client_id, date_of_service, code, units, modifiers, place_of_service, day_minutes, session_ids, payer_id, payer_name, rule_set, diagnosis_codes, warnings, computed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
}

type Supervisors = Map<string, Clinician>;

/**
 * The audit chain, continued in memory within a transaction: each row keyed as appendAudit
 * keys it, with the keyring's current key (lib/audit/hash.ts), the head written back before the transaction commits.
 */
type AuditChain = { seq: number; hash: string; add: (row: { at: string; actorId: string; action: string; entityId: string; detail: object }) => void };

function auditChain(statements: Statements, isOn: boolean, key: AuditKey): AuditChain & { load: () => void; save: () => void } {
  const chain = {
    seq: 0,
    hash: GENESIS_HASH,
    load() {
      const head = statements.readChainHead.get() as { lastSeq: number; lastHash: string } | undefined;
      chain.seq = head?.lastSeq ?? 0;
      chain.hash = head?.lastHash ?? GENESIS_HASH;
    },
    save() {
      if (isOn) statements.writeChainHead.run(chain.seq, chain.hash);
    },
    add(row: { at: string; actorId: string; action: string; entityId: string; detail: object }) {
      if (!isOn) return;
      const fields = { seq: chain.seq + 1, at: row.at, actorId: row.actorId, action: row.action, entityType: "crisis_session", entityId: row.entityId, ip: IP, outcome: "success", detail: JSON.stringify(row.detail), prevHash: chain.hash };
      const hash = auditHmac(key.secret, { ...fields, keyId: key.id });
      statements.insertAudit.run(fields.seq, fields.at, fields.actorId, fields.action, fields.entityType, fields.entityId, fields.ip, fields.detail, fields.prevHash, hash, key.id);
      chain.seq = fields.seq;
      chain.hash = hash;
    },
  };
  return chain;
}

/** What the note rows and lines of one day need beyond the plan. */
type DayContext = { statements: Statements; supervisors: Supervisors; now: string; guidance: { version: string; panelId: number }; audit: AuditChain; isDraftOnly: boolean };

/**
 * Writes one client-day as the app leaves it: each note started, timed, saved once and signed in
 * turn; the day is rebilled at each signing, so its lines are the last signing's. A supervisee's
 * note is submitted for review and, in co-signature mode, approved a few hours to days later,
 * unless that is still to come (then it waits in the queue). Returns the billing lines written.
 */
function writeDay(day: ClientDay, context: DayContext): number {
  const { statements, supervisors, now, guidance, audit, isDraftOnly } = context;
  const clinician = day.client.clinician;
  const supervisor = clinician.supervisorId ? supervisors.get(clinician.supervisorId) : undefined;
  const signings: { planned: PlannedNote; signedAt: string; status: string }[] = [];
  const cosignings: { planned: PlannedNote; cosignerId: string; at: string }[] = [];
  for (const planned of day.notes) {
    const { meta, note, segments } = planned;
    if (localDateOf(segments[0]?.start ?? "", TIME_ZONE) !== day.dateOfService) throw new Error("a note's first segment is not on its date of service");
    const missing = findMissingItems({ clinicianCredentials: clinician.credentials, meta, note, timesAttested: true, segments, segmentProblem: null, dateOfService: day.dateOfService });
    if (missing.length > 0) throw new Error(`a seeded note is not ready to sign: ${missing.map((m) => m.message).join(" ")}`);
    const signedAt = isDraftOnly ? null : planned.signedAt;
    const signedStatus = statusAfterSigning({ hasSupervisor: clinician.hasSupervisor, mode: clinician.reviewMode });
    const cosignedAt = signedStatus === "pending_review" && signedAt ? plusMinutes(signedAt, planned.reviewDelayMinutes) : null;
    const cosigner = cosignedAt !== null && cosignedAt < now ? supervisor : undefined;
    statements.insertSession.run(
      planned.id,
      day.client.id,
      clinician.id,
      day.dateOfService,
      meta.modality,
      meta.placeOfService,
      meta.clientAtHome ? 1 : 0,
      meta.audioOnlyReason || null,
      meta.contactStart,
      JSON.stringify(note),
      isDraftOnly ? 0 : 1,
      signedAt ? "90839" : null,
      signedAt ? guidance.version : null,
      signedAt ? guidance.panelId : null,
      // 1 at start, 2 after the autosave, 3 once signed, 4 once co-signed.
      isDraftOnly ? 2 : cosigner ? 4 : 3,
      signedAt,
      signedAt ? clinician.name : null,
      signedAt ? clinician.credentials : null,
      cosigner?.id ?? null,
      cosigner?.name ?? null,
      cosigner?.credentials ?? null,
      cosigner ? cosignedAt : null,
      planned.createdAt,
      (cosigner ? cosignedAt : signedAt) ?? plusMinutes(segments.at(-1)?.end ?? planned.createdAt, 2),
    );
    for (const segment of segments) statements.insertSegment.run(randomUUID(), planned.id, clinician.id, segment.start, segment.end, planned.createdAt);
    // What startSession, addSegment, saveDraft and the note page audit, at the times they happened.
    const noteEvent = (at: string, actorId: string, action: string, detail: object) => audit.add({ at, actorId, action, entityId: planned.id, detail });
    noteEvent(planned.createdAt, clinician.id, "note.created", { modality: meta.modality });
    for (const segment of segments) noteEvent(plusMinutes(segment.end, 1), clinician.id, "segment.added", { start: segment.start, end: segment.end });
    const savedAt = plusMinutes(segments.at(-1)?.end ?? planned.createdAt, 2);
    noteEvent(savedAt, clinician.id, "note.updated", { version: 2 });
    noteEvent(plusMinutes(savedAt, 1), clinician.id, "note.viewed", {});
    if (!signedAt) continue;
    statements.signSession.run(cosigner ? "final" : signedStatus, planned.id);
    signings.push({ planned, signedAt, status: signedStatus });
    if (clinician.hasSupervisor) statements.insertReview.run(planned.id, clinician.id, clinician.name, clinician.credentials, "submitted", signedAt);
    if (cosigner && cosignedAt) {
      statements.insertReview.run(planned.id, cosigner.id, cosigner.name, cosigner.credentials, "approved", cosignedAt);
      cosignings.push({ planned, cosignerId: cosigner.id, at: cosignedAt });
    } else if (clinician.hasSupervisor) {
      statements.queueForReview.run(planned.id, clinician.id, signedAt);
    }
  }
  const last = day.notes.at(-1);
  if (isDraftOnly || !last) return 0;
  // note.signed carries the day as that signing billed it; the seed bills the day once, at the last
  // signing, and the earlier signing of a two-note day records the same figures (close enough here).
  // rebillDay at the last signing: that note first, then the day's other signed notes, latest signed first.
  const dayNotes = [last, ...day.notes.slice(0, -1).reverse()];
  const bodies = dayNotes.map((n) => n.note);
  const payer = day.client.payer;
  const result = summarizeDay({
    notes: dayNotes.map((n) => ({ noteId: n.id, segments: n.segments })),
    timeZone: TIME_ZONE,
    dateOfService: day.dateOfService,
    modality: last.meta.modality,
    clientAtHome: last.meta.clientAtHome,
    placeOfService: last.meta.placeOfService,
    scheduledVisit: last.meta.contactStart === "scheduled_follow_up",
    sameDayCodes: [...new Set(bodies.flatMap((body) => body.sameDayCodes))],
    ...(payer ? { payer: payerInputOf(payer) } : {}),
  });
  const lineSummary = result.lines.map((l) => `${l.code}x${l.units}`).join(" ");
  for (const signing of signings) {
    audit.add({ at: signing.signedAt, actorId: clinician.id, action: "note.signed", entityId: signing.planned.id, detail: { status: signing.status, dayMinutes: result.totalMinutes, lines: lineSummary } });
  }
  for (const cosigning of cosignings) {
    audit.add({ at: cosigning.at, actorId: cosigning.cosignerId, action: "review.approved", entityId: cosigning.planned.id, detail: { status: "final", hasComment: false } });
  }
  const sessionIds = dayNotes.map((n) => n.id).join(",");
  const diagnosisCodes = [...new Set(bodies.flatMap((body) => body.diagnoses))].join(",");
  const warnings = JSON.stringify(result.warnings);
  for (const line of result.lines) {
    statements.insertLine.run(
      randomUUID(),
      clinician.id,
      day.client.id,
      day.dateOfService,
      line.code,
      line.units,
      line.modifiers.join(","),
      line.placeOfService,
      result.totalMinutes,
      sessionIds,
      payer?.id ?? null,
      payer?.name ?? null,
      result.ruleSet ?? "cpt",
      diagnosisCodes,
      warnings,
      last.signedAt,
    );
  }
  return result.lines.length;
}

type YearOutcome = { clientDays: number; notes: number; lines: number; drafts: number };

/**
 * Client-days spread over the 365 days before today, in date order, written a chunk per
 * transaction, until at least `targetLines` lines exist (a top-up pass adds days at random dates).
 */
function seedYear(db: Db, options: { clients: BenchClient[]; clinicians: Clinician[]; target: Options["target"]; withAudit: boolean; rng: Random }): YearOutcome {
  const { clients, clinicians, target, rng } = options;
  const raw = db.$client;
  const statements = prepare(db);
  const panel = crisisGuidancePanel();
  const now = new Date().toISOString();
  const today = DateTime.now().setZone(TIME_ZONE).toISODate() ?? "";
  // The one panel every seeded note is signed beside, stored once as signSession stores it.
  const panelId = Number(
    raw.prepare("INSERT INTO guidance_panels (code, version, content, created_at) VALUES ('90839', ?, ?, ?)").run(panel.version, JSON.stringify(panel), now).lastInsertRowid,
  );
  const audit = auditChain(statements, options.withAudit, currentKey(keyringOf(db)));
  const context = { statements, supervisors: new Map(clinicians.map((c) => [c.id, c])), now, guidance: { version: panel.version, panelId }, audit };
  const outcome: YearOutcome = { clientDays: 0, notes: 0, lines: 0, drafts: 0 };
  // A client-day has 1.08 notes and EXPECTED_LINES_PER_DAY lines on average.
  const targetLines = "lines" in target ? target.lines : Math.ceil((target.sessions / 1.08) * EXPECTED_LINES_PER_DAY);
  const isShort = () => ("lines" in target ? outcome.lines < target.lines : outcome.notes < target.sessions);
  const perDay = Math.max(1, Math.ceil(targetLines / EXPECTED_LINES_PER_DAY / DAYS));
  let pending: ClientDay[] = [];
  const flush = () => {
    raw.exec("BEGIN IMMEDIATE");
    try {
      audit.load();
      for (const day of pending) {
        // About 1% of client-days are only a draft (no lines): typed, never signed.
        const isDraftOnly = rng.chance(0.01);
        outcome.lines += writeDay(day, { ...context, isDraftOnly });
        outcome.clientDays += 1;
        outcome.notes += day.notes.length;
        if (isDraftOnly) outcome.drafts += 1;
      }
      audit.save();
      raw.exec("COMMIT");
      if (outcome.clientDays % (CHUNK * 10) < pending.length) console.log(`  … ${outcome.notes.toLocaleString("en-US")} notes, ${outcome.lines.toLocaleString("en-US")} lines`);
    } catch (error) {
      if (raw.inTransaction) raw.exec("ROLLBACK");
      throw error;
    }
    pending = [];
  };
  const daysOf = (dateOfService: string, count: number) => {
    // One clinician's day with one client is one client-day: never two for the same pair.
    const taken = new Set<string>();
    for (let i = 0; i < count; i += 1) {
      let client = rng.pick(clients);
      while (taken.has(client.id)) client = rng.pick(clients);
      taken.add(client.id);
      pending.push(planDay(rng, client, dateOfService, now));
      if (pending.length >= CHUNK) flush();
    }
  };
  for (let daysAgo = DAYS; daysAgo >= 1; daysAgo -= 1) {
    // Busier on weekdays, with some noise.
    const date = addDays(today, -daysAgo);
    const weekday = DateTime.fromISO(date).weekday <= 5;
    daysOf(date, Math.round(perDay * (weekday ? 1.1 : 0.75) * (0.85 + rng.next() * 0.3)));
  }
  flush();
  const existing = raw.prepare("SELECT 1 FROM crisis_sessions WHERE client_id = ? AND clinician_id = ? AND date_of_service = ? LIMIT 1");
  while (isShort()) {
    const date = addDays(today, -rng.int(1, DAYS));
    const client = rng.pick(clients);
    if (existing.get(client.id, client.clinician.id, date) || pending.some((d) => d.client === client && d.dateOfService === date)) continue;
    pending.push(planDay(rng, client, date, now));
    // Small chunks near the end, so the top-up overshoots by little.
    const left = "lines" in target ? target.lines - outcome.lines : target.sessions - outcome.notes;
    if (pending.length >= Math.max(1, Math.min(CHUNK, Math.ceil(left / 2)))) flush();
  }
  flush();
  return outcome;
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const started = performance.now();
  const lap = (() => {
    let last = started;
    return () => {
      const now = performance.now();
      const seconds = ((now - last) / 1000).toFixed(1);
      last = now;
      return `${seconds} s`;
    };
  })();
  const db = openDatabase(options.file);
  // A throwaway file filled in one go: no fsync per commit (the app's connection keeps FULL).
  db.$client.pragma("synchronous = OFF");
  try {
    await migrateDatabase(db);
    const settings = db.$client.prepare("SELECT count(*) AS n FROM practice_settings").get() as { n: number };
    if (settings.n > 0) throw new Error(`${options.file} already holds a practice: the bench seed only fills a new database.`);
    const rng = random(options.seed);
    const { clinicians } = await setUpPractice(db);
    console.log(`practice, admin@bench.test and ${clinicians.length} clinicians (password: the demo password) in ${lap()}`);
    const payers = db.$client.prepare("SELECT id, name, rule_set AS ruleSet, video_modifier AS videoModifier, audio_only_modifier AS audioOnlyModifier, non_office_crisis_sites AS nonOfficeCrisisSites, midnight FROM payers").all() as PayerRow[];
    const clients = await seedClients({ count: options.clients, clinicians, payers, rng });
    console.log(`${clients.length.toLocaleString("en-US")} clients (createClient + updateClient) in ${lap()}`);
    const year = seedYear(db, { clients, clinicians, target: options.target, withAudit: options.withAudit, rng });
    console.log(
      `${year.clientDays.toLocaleString("en-US")} client-days, ${year.notes.toLocaleString("en-US")} notes (${year.drafts} draft-only days), ` +
        `${year.lines.toLocaleString("en-US")} billing lines in ${lap()}`,
    );
    db.$client.pragma("wal_checkpoint(TRUNCATE)");
    const verdict = await verifyAuditChain(db);
    if (!verdict.ok) throw new Error(`audit chain broken at row ${verdict.seq}: ${verdict.problem}`);
    console.log(`audit chain intact (${verdict.rows} rows); checkpoint and check in ${lap()}`);
    console.log(`seeded ${options.file} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    db.$client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
