/*
 * The PostgreSQL twin of db/schema.ts (the SQLite schema, which stays the source of truth): the
 * same tables, columns, defaults, indexes and constraints, column for column. db/schema-drift.test.ts
 * fails when the two disagree. Differences, all deliberate:
 * - SQLite's integer booleans are `boolean`;
 * - positions that can pass 2^31 on a busy installation (the audit chain's, the review thread's)
 *   are `bigint` (read as JS numbers: exact up to 2^53), where SQLite's integer is 64-bit anyway;
 * - SQLite's `autoincrement` keys are identity columns;
 * - timestamps stay ISO 8601 text, so both databases sort and compare them the same way.
 * Triggers (append-only and immutable records) are in the custom migrations of db/migrations-pg.
 */
import { sql } from "drizzle-orm";
import { type AnyPgColumn, bigint, boolean, check, index, integer, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
// Vocabularies live in lib/ (the browser needs them too); relative paths so drizzle-kit resolves them.
import { AUDIT_OUTCOMES } from "../lib/audit/actions";
import { ROLES } from "../lib/auth/roles";
import { MODALITIES } from "../lib/billing/modalities";
import { MIDNIGHT_POLICIES, RULE_SETS } from "../lib/billing/payer";
import { SUPERVISED_NPI_POLICIES } from "../lib/billing/supervised-npi";
import { CONTACT_STARTS } from "../lib/notes/choices";
import { NOTE_STATUSES, REVIEW_EVENT_KINDS, REVIEW_MODES } from "../lib/notes/status";

/** ISO 8601 UTC timestamps as text: sortable, readable in a SQLite shell, no epoch-unit mix-ups. */
const timestamp = (name: string) => text(name);

/** One practice per installation: the single row has id 1. */
export const practiceSettings = pgTable(
  "practice_settings",
  {
    id: integer("id").primaryKey(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull(),
    idleTimeoutMinutes: integer("idle_timeout_minutes").notNull().default(15),
    defaultPlaceOfService: text("default_place_of_service").notNull().default("11"),
    /** A note waiting longer than this for its supervisor's review is overdue in the queue. */
    reviewDueDays: integer("review_due_days").notNull().default(3),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [check("practice_settings_single_row", sql`${t.id} = 1`)],
);

export const users = pgTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    credentials: text("credentials"),
    npi: text("npi"),
    supervisorId: text("supervisor_id").references((): AnyPgColumn => users.id),
    /** How a supervised therapist's notes are reviewed (BILLING-RULES §6; lib/notes/review.ts). */
    reviewMode: text("review_mode", { enum: REVIEW_MODES }).notNull().default("cosign_required"),
    active: boolean("active").notNull().default(true),
    failedSignInCount: integer("failed_sign_in_count").notNull().default(0),
    lastFailedSignInAt: timestamp("last_failed_sign_in_at"),
    lockedUntil: timestamp("locked_until"),
    lockoutCount: integer("lockout_count").notNull().default(0),
    /**
     * An admin's password reset the user has not yet been told about: who and when. Set by the
     * reset, cleared when the user acknowledges the notice after choosing their own password.
     */
    passwordResetById: text("password_reset_by_id"),
    passwordResetAt: timestamp("password_reset_at"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    index("users_supervisor_idx").on(t.supervisorId),
    check("users_email_lower", sql`${t.email} = lower(${t.email})`),
    check("users_role_valid", sql`${t.role} in ('therapist', 'supervisor', 'admin')`),
  ],
);

/**
 * One row per sign-in: the token carries its id, and a request is signed in only while the row is
 * open. Sign-out ends it; a password change ends the user's others; an admin's reset, a role
 * change or a deactivation ends them all — so a copied token stops working (HIPAA §164.312(d)).
 */
export const signIns = pgTable(
  "sign_ins",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at").notNull(),
    /** When a request last used it (refreshed at most once a minute: db/sign-ins.ts). */
    lastSeenAt: timestamp("last_seen_at"),
    /** A browser and system summary ("Chrome on Windows") for the user's list, never the raw header. */
    device: text("device"),
    endedAt: timestamp("ended_at"),
    /** Why it ended: sign_out, password_changed, password_reset, deactivated, role_changed, ended_by_user. */
    endedReason: text("ended_reason"),
  },
  (t) => [index("sign_ins_user_idx").on(t.userId, t.endedAt)],
);

/**
 * Failed sign-ins counted per window (lib/auth/throttle.ts): one row per client address
 * (`address:<ip>`) and one for the whole practice (`global`). In the database, not in memory, so
 * app instances sharing the database share the budget.
 */
export const signInThrottles = pgTable("sign_in_throttles", {
  key: text("key").primaryKey(),
  windowStartedAt: timestamp("window_started_at").notNull(),
  count: integer("count").notNull(),
});

/**
 * The lockout state (as on `users`) of email addresses that have no account, keyed by a hash of
 * the address: an unknown address locks after as many failures, for as long, as a real one, so
 * the lockout message cannot be used to find out which accounts exist.
 */
export const unknownAccountLockouts = pgTable("unknown_account_lockouts", {
  emailHash: text("email_hash").primaryKey(),
  failedSignInCount: integer("failed_sign_in_count").notNull(),
  lastFailedSignInAt: timestamp("last_failed_sign_in_at"),
  lockedUntil: timestamp("locked_until"),
  lockoutCount: integer("lockout_count").notNull(),
});

/**
 * Append-only audit trail (ONC §170.315(d)(2)). Each row's hash is an HMAC-SHA-256, under the key
 * `key_id` names in the audit keyring (kept outside the database: db/audit-keyring.ts), of its
 * content and the previous row's hash; `audit_chain_head` remembers the last row so that deleting
 * the newest rows is detected too. Rows written before the chain was keyed have no key id and a
 * plain SHA-256 hash; they can only come before the first keyed row. Triggers in the migrations
 * refuse UPDATE and DELETE.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: timestamp("at").notNull(),
    actorId: text("actor_id"),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    ip: text("ip"),
    outcome: text("outcome", { enum: AUDIT_OUTCOMES }).notNull(),
    detail: text("detail").notNull().default("{}"),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
    /** The keyring key the hash was made with; null for a legacy (unkeyed SHA-256) row. */
    keyId: text("key_id"),
  },
  (t) => [
    index("audit_events_at_idx").on(t.at),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    // A view is coalesced with the actor's latest row (db/audit.ts isNewView).
    index("audit_events_actor_idx").on(t.actorId, t.seq),
  ],
);

export const auditChainHead = pgTable(
  "audit_chain_head",
  {
    id: integer("id").primaryKey(),
    lastSeq: bigint("last_seq", { mode: "number" }).notNull(),
    lastHash: text("last_hash").notNull(),
  },
  (t) => [check("audit_chain_head_single_row", sql`${t.id} = 1`)],
);

/**
 * How far the chain has been verified, so the admin's check only walks what is new. Not a proof of
 * anything (it lives in the file it describes): a full re-verification ignores it.
 */
export const auditVerification = pgTable(
  "audit_verification",
  {
    id: integer("id").primaryKey(),
    /** The last row known intact and its hash: the next check starts there. */
    verifiedSeq: bigint("verified_seq", { mode: "number" }).notNull(),
    verifiedHash: text("verified_hash").notNull(),
    verifiedAt: timestamp("verified_at").notNull(),
    fullVerifiedAt: timestamp("full_verified_at"),
    fullVerifiedSeq: bigint("full_verified_seq", { mode: "number" }),
    /** The last check's failure, cleared by a check that passes. */
    failedAt: timestamp("failed_at"),
    failedSeq: bigint("failed_seq", { mode: "number" }),
    failure: text("failure"),
  },
  (t) => [check("audit_verification_single_row", sql`${t.id} = 1`)],
);

/**
 * Who pays for a client's care and which billing rule set their claims follow (BILLING-RULES §8).
 * Every option is stored explicitly (the form starts from the rule set's defaults), so a stored
 * payer bills the same way whatever the defaults become. A payer in use is deactivated, never
 * deleted.
 */
export const payers = pgTable(
  "payers",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    ruleSet: text("rule_set", { enum: RULE_SETS }).notNull(),
    /** Empty string: no video modifier (Medicare: POS 02/10 carries it). */
    videoModifier: text("video_modifier").notNull(),
    audioOnlyModifier: text("audio_only_modifier").notNull(),
    /** Comma-separated POS codes where Medicare wants G0017/G0018. */
    nonOfficeCrisisSites: text("non_office_crisis_sites").notNull(),
    midnight: text("midnight", { enum: MIDNIGHT_POLICIES }).notNull(),
    /** The payer id used on claims (e.g. a clearinghouse id); optional. */
    claimsPayerId: text("claims_payer_id"),
    supervisedNpi: text("supervised_npi", { enum: SUPERVISED_NPI_POLICIES }).notNull().default("rendering"),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [uniqueIndex("payers_name_unique").on(t.name)],
);

export const clients = pgTable(
  "clients",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    /** YYYY-MM-DD: a calendar date, never an instant (no time zone shifts). */
    dateOfBirth: text("date_of_birth").notNull(),
    externalId: text("external_id"),
    pronouns: text("pronouns"),
    phone: text("phone"),
    address: text("address"),
    emergencyContactName: text("emergency_contact_name"),
    emergencyContactRelation: text("emergency_contact_relation"),
    emergencyContactPhone: text("emergency_contact_phone"),
    payerId: text("payer_id").references(() => payers.id),
    memberId: text("member_id"),
    groupNumber: text("group_number"),
    primaryClinicianId: text("primary_clinician_id")
      .notNull()
      .references(() => users.id),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [index("clients_primary_clinician_idx").on(t.primaryClinicianId), index("clients_name_idx").on(t.name)],
);


/**
 * The guidance panels notes were signed beside, each version stored once (content-addressed: the
 * JSON itself is unique) and referenced from the note. Append-only (triggers in the migrations):
 * a signed note must keep showing exactly the panel it was signed beside.
 */
export const guidancePanels = pgTable(
  "guidance_panels",
  {
    id: integer("id").primaryKey().generatedByDefaultAsIdentity(),
    code: text("code").notNull(),
    version: text("version").notNull(),
    /** The panel as shown (JSON, lib/notes/guidance-panel.ts). */
    content: text("content").notNull(),
    createdAt: timestamp("created_at").notNull(),
  },
  // SQLite's UNIQUE(content): a PostgreSQL b-tree entry holds at most about 2.7 kB and a panel is
  // longer, so the same rule is a unique index on the content's MD5 (immutable, as an index needs;
  // the content is the app's own JSON, and a collision could only refuse an insert, never merge
  // two panels: notes.ts looks a panel up by its full content). db/schema-drift.test.ts knows this
  // one difference.
  (t) => [uniqueIndex("guidance_panels_content_unique").on(sql`md5(${t.content})`)],
);

/**
 * One crisis contact and its note. The clinical content lives in `note` (JSON validated by the
 * note schema in lib/notes); the columns are what queries, billing and locking need. Triggers in
 * the migrations refuse changes to a signed note's content (status pending_review or final).
 */
export const crisisSessions = pgTable(
  "crisis_sessions",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    clinicianId: text("clinician_id")
      .notNull()
      .references(() => users.id),
    status: text("status", { enum: NOTE_STATUSES }).notNull().default("draft"),
    /** Practice-local date of the first segment's start; null until time is recorded. */
    dateOfService: text("date_of_service"),
    modality: text("modality", { enum: MODALITIES }).notNull(),
    placeOfService: text("place_of_service").notNull(),
    clientAtHome: boolean("client_at_home").notNull().default(false),
    audioOnlyReason: text("audio_only_reason"),
    contactStart: text("contact_start", { enum: CONTACT_STARTS }).notNull(),
    note: text("note").notNull().default("{}"),
    timesAttested: boolean("times_attested").notNull().default(false),
    guidanceCode: text("guidance_code"),
    guidanceVersion: text("guidance_version"),
    /** The guidance panel shown beside the note when it was signed, stored once per version. */
    guidancePanelId: integer("guidance_panel_id").references(() => guidancePanels.id),
    version: integer("version").notNull().default(1),
    signedAt: timestamp("signed_at"),
    /** The signature as it read when signed: name and credentials can change later. */
    signerName: text("signer_name"),
    signerCredentials: text("signer_credentials"),
    cosignerId: text("cosigner_id").references(() => users.id),
    cosignerName: text("cosigner_name"),
    cosignerCredentials: text("cosigner_credentials"),
    cosignedAt: timestamp("cosigned_at"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [
    // The lists and the dashboard read these indexes alone, newest first: the sort comes from the
    // index, a page starts where the last one ended (keyset), and the row (with its note JSON) is
    // never read. The trailing columns are what the list shows.
    index("crisis_sessions_clinician_idx").on(t.clinicianId, t.status, t.createdAt, t.id, t.dateOfService, t.clientId),
    index("crisis_sessions_list_idx").on(t.clinicianId, t.createdAt, t.id, t.status, t.dateOfService, t.clientId),
    index("crisis_sessions_clinician_day_idx").on(t.clinicianId, t.dateOfService, t.createdAt, t.id, t.status, t.clientId),
    index("crisis_sessions_client_day_idx").on(t.clientId, t.clinicianId, t.dateOfService),
    // Billing reads a practice's notes by date range (db/billing.ts), a week at a time for the export.
    index("crisis_sessions_date_idx").on(t.dateOfService),
    check("crisis_sessions_status_valid", sql`${t.status} in ('draft', 'pending_review', 'returned', 'final')`),
  ],
);

/** Face-to-face time: `[startedAt, endedAt)`, endedAt null while the timer runs. */
export const sessionSegments = pgTable(
  "session_segments",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => crisisSessions.id),
    /** Copied from the session so the database itself allows one running timer per clinician. */
    clinicianId: text("clinician_id")
      .notNull()
      .references(() => users.id),
    startedAt: timestamp("started_at").notNull(),
    endedAt: timestamp("ended_at"),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [
    index("session_segments_session_idx").on(t.sessionId),
    uniqueIndex("session_segments_one_running_per_clinician")
      .on(t.clinicianId)
      .where(sql`${t.endedAt} is null`),
    check("session_segments_end_after_start", sql`${t.endedAt} is null or ${t.endedAt} > ${t.startedAt}`),
  ],
);

/**
 * The billable lines of one clinician's crisis time with one client on one date of service
 * (BILLING-RULES §1: the day is summed before codes are chosen). Rewritten, in the signing
 * transaction, whenever a note of that day is signed.
 */
export const billingLines = pgTable(
  "billing_lines",
  {
    id: text("id").primaryKey(),
    clinicianId: text("clinician_id")
      .notNull()
      .references(() => users.id),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    dateOfService: text("date_of_service").notNull(),
    code: text("code").notNull(),
    units: integer("units").notNull(),
    modifiers: text("modifiers").notNull().default(""),
    placeOfService: text("place_of_service").notNull(),
    /** The day's total crisis minutes these lines were computed from. */
    dayMinutes: integer("day_minutes").notNull(),
    /** Notes whose time made up the day, comma-separated ids. */
    sessionIds: text("session_ids").notNull(),
    /** The client's payer and rule set at signing: a later change to the payer never rewrites history. */
    payerId: text("payer_id"),
    payerName: text("payer_name"),
    ruleSet: text("rule_set", { enum: RULE_SETS }).notNull().default("cpt"),
    /** ICD-10-CM codes of the notes behind the line, primary first, comma-separated. */
    diagnosisCodes: text("diagnosis_codes").notNull().default(""),
    /** The day's billing warnings when it was billed (JSON [{ code, message }]): shown on the note, flagged for billers. */
    warnings: text("warnings").notNull().default("[]"),
    computedAt: timestamp("computed_at").notNull(),
  },
  (t) => [
    // Clinician first, then date: one client's day (equality on all three) and a clinician's week
    // (the dashboard's range) both come from it.
    index("billing_lines_day_idx").on(t.clinicianId, t.dateOfService, t.clientId),
    index("billing_lines_date_idx").on(t.dateOfService),
  ],
);

export const addenda = pgTable(
  "addenda",
  {
    id: text("id").primaryKey(),
    sessionId: text("session_id")
      .notNull()
      .references(() => crisisSessions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    reason: text("reason").notNull(),
    text: text("text").notNull(),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("addenda_session_idx").on(t.sessionId)],
);

/**
 * The review thread of a supervised clinician's note: every submission, decision and comment,
 * who and when, append-only (a trigger refuses UPDATE and DELETE). The latest event tells whether
 * the note waits for its supervisor: it does while the latest is a `submitted`.
 */
export const noteReviews = pgTable(
  "note_reviews",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    sessionId: text("session_id")
      .notNull()
      .references(() => crisisSessions.id),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    /** As the author's name and credentials read at the time. */
    authorName: text("author_name").notNull(),
    authorCredentials: text("author_credentials"),
    kind: text("kind", { enum: REVIEW_EVENT_KINDS }).notNull(),
    comment: text("comment").notNull().default(""),
    createdAt: timestamp("created_at").notNull(),
  },
  (t) => [index("note_reviews_session_idx").on(t.sessionId, t.seq)],
);

/**
 * The supervisors' review queue: one row per note whose latest review event is a submission (the
 * note waits for its clinician's supervisor). signSession adds the row and reviewNote removes it,
 * in the same transaction as the thread event, so it always says what the thread's latest event
 * says. The header badge and the queue read it instead of every supervisee note's thread.
 */
export const reviewQueue = pgTable(
  "review_queue",
  {
    sessionId: text("session_id")
      .primaryKey()
      .references(() => crisisSessions.id),
    /** The note's clinician (a note never changes clinician): the queue is scoped by it. */
    clinicianId: text("clinician_id")
      .notNull()
      .references(() => users.id),
    /** When the submission that opened the wait was made (its note_reviews.created_at). */
    submittedAt: timestamp("submitted_at").notNull(),
  },
  (t) => [index("review_queue_clinician_idx").on(t.clinicianId, t.submittedAt)],
);

/**
 * The accounting of disclosures (HIPAA §164.528): each release of a client's information outside
 * the practice — when, to whom, what and why — and who recorded it. Append-only (a trigger refuses
 * UPDATE and DELETE): a correction is a new entry that names the one it corrects.
 */
export const disclosures = pgTable(
  "disclosures",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id),
    /** YYYY-MM-DD in the practice's calendar: the day the information was released. */
    disclosedOn: text("disclosed_on").notNull(),
    recipient: text("recipient").notNull(),
    /** What was disclosed, in words (e.g. "crisis note of 3 March; safety plan"). */
    description: text("description").notNull(),
    purpose: text("purpose").notNull(),
    correctsId: text("corrects_id").references((): AnyPgColumn => disclosures.id),
    recordedById: text("recorded_by_id")
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp("recorded_at").notNull(),
  },
  (t) => [index("disclosures_client_idx").on(t.clientId, t.disclosedOn)],
);

export type AuditEventRow = typeof auditEvents.$inferSelect;
export type CrisisSessionRow = typeof crisisSessions.$inferSelect;
