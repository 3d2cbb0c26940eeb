import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { crisisGuidancePanel } from "@/lib/notes/guidance-panel";
import { completeNote } from "@/lib/notes/test-support";
import { verifyAuditChain } from "./audit-chain";
import { type Db, migrateSqliteDatabase, migrationsFolder, openDatabase } from "./client";
import { getSession } from "./sessions";
import { createClient } from "./clients";
import { crisisSessions, guidancePanels } from "./tables";
import { asActor, clinic, contextOf, onPostgres, rowCount, setUpPractice, signedNoteFor } from "./test-support";
import { createUser } from "./users";

/*
 * The move of signed notes' guidance copies into guidance_panels (migrations 0016–0018), run on a
 * database built at the migration before them: every note keeps exactly the panel it was signed
 * beside, each distinct panel is stored once, and the audit chain is not touched. The users and
 * clients are written by today's data layer on that older schema, so the columns it writes must
 * exist before 0016: a later migration adding a column to them needs this test to write them raw.
 */

const FIRST_NEW_MIGRATION = "0016_list_indexes_and_guidance_panels";

/** The migrations folder as it was before this change: the journal cut before FIRST_NEW_MIGRATION. */
function migrationsBefore(tag: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-migrations-"));
  fs.cpSync(migrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, "meta", "_journal.json");
  const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((entry) => entry.tag === tag);
  if (cut < 0) throw new Error(`no migration ${tag}`);
  journal.entries = journal.entries.slice(0, cut);
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

type Row = Record<string, unknown>;
const all = (db: Db, sql: string): Row[] => db.$client.prepare(sql).all() as Row[];

/** A note with its time and text as the data layer wrote it before this change (its insert names every column of the day). */
function writeOldNote(db: Db, options: { clinicianId: string; clientId: string; day: string }): { sessionId: string } {
  const sessionId = randomUUID();
  const now = new Date().toISOString();
  db.$client
    .prepare(
      `insert into crisis_sessions (id, client_id, clinician_id, status, date_of_service, modality, place_of_service, client_at_home, contact_start, note, times_attested, version, created_at, updated_at)
       values (?, ?, ?, 'draft', ?, 'in_person', '11', 0, 'walk_in', ?, 1, 1, ?, ?)`,
    )
    .run(sessionId, options.clientId, options.clinicianId, options.day, JSON.stringify(completeNote()), now, now);
  db.$client
    .prepare("insert into session_segments (id, session_id, clinician_id, started_at, ended_at, created_at) values (?, ?, ?, ?, ?, ?)")
    .run(randomUUID(), sessionId, options.clinicianId, `${options.day}T15:00:00.000Z`, `${options.day}T15:50:00.000Z`, now);
  return { sessionId };
}

/** What signSession wrote before this change: the status, the signature and a copy of the panel. */
function signTheOldWay(db: Db, options: { sessionId: string; status: "final" | "pending_review"; panel: object; version: string }) {
  db.$client
    .prepare(
      `update crisis_sessions set status = ?, signed_at = ?, signer_name = 'Tess', guidance_code = '90839', guidance_version = ?, guidance_snapshot = ?, version = version + 1 where id = ?`,
    )
    .run(options.status, new Date().toISOString(), options.version, JSON.stringify(options.panel), options.sessionId);
}

// The 0017 data migration rewrote SQLite databases of an older release; a PostgreSQL database
// starts at the schema it produced (db/migrations-pg), so there is nothing to migrate there.
describe.skipIf(onPostgres)("guidance panels stored once per version: the migration (SQLite history)", () => {
  it("keeps every note, its exact panel and every audit row", async () => {
    const previous = migrationsBefore(FIRST_NEW_MIGRATION);
    const db = openDatabase(":memory:");
    migrateSqliteDatabase(db, previous);
    expect(all(db, "select name from pragma_table_info('crisis_sessions')").map((c) => c.name)).toContain("guidance_snapshot");

    const { admin } = await setUpPractice(db);
    const { userId } = await createUser(admin, { email: "tess@test.example", name: "Tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: null });
    const therapist = asActor(await contextOf(db, userId));
    const current = crisisGuidancePanel();
    const older = { ...current, version: "2025.1", checklist: current.checklist.slice(1) };
    const client = await createClient(therapist, { name: "Robin Client", dateOfBirth: "1990-05-01", externalId: "MRN-1" });
    const notes = Array.from({ length: 9 }, (_, i) => writeOldNote(db, { clinicianId: userId, clientId: client.id, day: `2026-03-${String(i + 1).padStart(2, "0")}` }));
    // Six final notes beside two versions of the panel, two pending review, one draft (no panel).
    notes.slice(0, 4).forEach((note) => signTheOldWay(db, { sessionId: note.sessionId, status: "final", panel: current, version: current.version }));
    notes.slice(4, 6).forEach((note) => signTheOldWay(db, { sessionId: note.sessionId, status: "final", panel: older, version: older.version }));
    notes.slice(6, 8).forEach((note) => signTheOldWay(db, { sessionId: note.sessionId, status: "pending_review", panel: current, version: current.version }));

    const notesBefore = all(db, "select * from crisis_sessions order by id");
    const auditBefore = all(db, "select * from audit_events order by seq");
    const headBefore = all(db, "select * from audit_chain_head");
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    migrateSqliteDatabase(db);

    // Each distinct panel once, and each note references the very text it was signed beside.
    expect(all(db, "select count(*) as n from guidance_panels")).toEqual([{ n: 2 }]);
    const notesAfter = all(db, "select s.*, g.content as panel from crisis_sessions s left join guidance_panels g on g.id = s.guidance_panel_id order by s.id");
    expect(notesAfter).toHaveLength(notesBefore.length);
    notesAfter.forEach((after, i) => {
      const before = notesBefore[i] ?? {};
      const { guidance_snapshot: snapshot, ...kept } = before;
      const { panel, guidance_panel_id: _id, ...rest } = after;
      expect(rest).toEqual(kept);
      expect(panel).toBe(snapshot);
    });
    expect(all(db, "select name from pragma_table_info('crisis_sessions')").map((c) => c.name)).not.toContain("guidance_snapshot");

    // The audit trail is exactly what it was, and still verifies.
    expect(all(db, "select * from audit_events order by seq")).toEqual(auditBefore);
    expect(all(db, "select * from audit_chain_head")).toEqual(headBefore);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });

    // The note page shows the version each note was signed beside.
    expect((await getSession(therapist, notes[4]?.sessionId ?? "")).guidance).toEqual(older);
    expect((await getSession(therapist, notes[0]?.sessionId ?? "")).guidance).toEqual(current);
    expect((await getSession(therapist, notes[8]?.sessionId ?? "")).guidance).toBeNull();

    // The locks are back: a final note, a pending note's panel, and the panels themselves.
    const sqlite = db.$client;
    expect(() => sqlite.prepare("update crisis_sessions set guidance_panel_id = null where id = ?").run(notes[0]?.sessionId)).toThrow(/locked/);
    expect(() => sqlite.prepare("update crisis_sessions set guidance_panel_id = null where id = ?").run(notes[6]?.sessionId)).toThrow(/locked/);
    expect(() => sqlite.prepare("update guidance_panels set content = '{}'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare("delete from guidance_panels").run()).toThrow(/append-only/);
    fs.rmSync(previous, { recursive: true, force: true });
  });
});

describe("signing stores the panel once", () => {
  it("notes signed beside the same panel share one row, and show it", async () => {
    const { db, other } = await clinic();
    const first = await signedNoteFor(other);
    const second = await signedNoteFor(other);
    expect(await rowCount(db, guidancePanels)).toBe(1);
    const [a, b] = [await getSession(other, first.sessionId), await getSession(other, second.sessionId)];
    expect(a.guidance).toEqual(crisisGuidancePanel());
    expect(b.guidance).toEqual(a.guidance);
    expect(await db.selectDistinct({ id: crisisSessions.guidancePanelId }).from(crisisSessions).where(eq(crisisSessions.status, "final"))).toHaveLength(1);
  });
});
