import { sql } from "drizzle-orm";
import { type AnySQLiteColumn, check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const ROLES = ["therapist", "supervisor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const AUDIT_OUTCOMES = ["success", "failure", "denied"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** ISO 8601 UTC timestamps as text: sortable, readable in a SQLite shell, no epoch-unit mix-ups. */
const timestamp = (name: string) => text(name);

/** One practice per installation: the single row has id 1. */
export const practiceSettings = sqliteTable(
  "practice_settings",
  {
    id: integer("id").primaryKey(),
    name: text("name").notNull(),
    timeZone: text("time_zone").notNull(),
    idleTimeoutMinutes: integer("idle_timeout_minutes").notNull().default(15),
    defaultPlaceOfService: text("default_place_of_service").notNull().default("11"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [check("practice_settings_single_row", sql`${t.id} = 1`)],
);

export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: integer("must_change_password", { mode: "boolean" }).notNull().default(false),
    credentials: text("credentials"),
    npi: text("npi"),
    supervisorId: text("supervisor_id").references((): AnySQLiteColumn => users.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    failedSignInCount: integer("failed_sign_in_count").notNull().default(0),
    lastFailedSignInAt: timestamp("last_failed_sign_in_at"),
    lockedUntil: timestamp("locked_until"),
    lockoutCount: integer("lockout_count").notNull().default(0),
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
 * Append-only audit trail (ONC §170.315(d)(2)). Each row's hash covers its content and the
 * previous row's hash; `audit_chain_head` remembers the last row so that deleting the newest
 * rows is detected too. Triggers in the migrations refuse UPDATE and DELETE.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    seq: integer("seq").primaryKey(),
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
  },
  (t) => [index("audit_events_at_idx").on(t.at), index("audit_events_entity_idx").on(t.entityType, t.entityId)],
);

export const auditChainHead = sqliteTable(
  "audit_chain_head",
  {
    id: integer("id").primaryKey(),
    lastSeq: integer("last_seq").notNull(),
    lastHash: text("last_hash").notNull(),
  },
  (t) => [check("audit_chain_head_single_row", sql`${t.id} = 1`)],
);

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
export type PracticeSettingsRow = typeof practiceSettings.$inferSelect;
export type AuditEventRow = typeof auditEvents.$inferSelect;
