import { describe, expect, it } from "vitest";
import { completeNote } from "@/lib/notes/test-support";
import { verifyAuditChain } from "./audit-chain";
import { addAddendum, saveDraft } from "./notes";
import { IN_PERSON } from "@/lib/notes/test-support";
import { poolOf } from "./client";
import { clinic, draftFor, lastSeq, memoryDb, onPostgres, rawStatement, refusalOf, signedNoteFor, testDb } from "./test-support";

/*
 * The rules the database itself enforces, whoever writes — tried as someone with a database shell
 * (psql, sqlite3) would, around the app. Each statement must be refused, on SQLite and on PostgreSQL
 * alike (db/migrations/*.sql triggers; db/migrations-pg/0001_database_enforced_rules.sql).
 */

const LOCKED = /signed note is locked/;

async function signedClinic() {
  const c = await clinic();
  const note = await signedNoteFor(c.other);
  await addAddendum(c.other, { sessionId: note.sessionId, reason: "Late entry", text: "Sister confirmed she is staying." });
  return { ...c, note };
}

describe("writing around the app is refused by the database", () => {
  it("a final note: no UPDATE of its content or signature, no DELETE", async () => {
    const { db, note } = await signedClinic();
    const id = note.sessionId;
    expect(await refusalOf(rawStatement(db, `update crisis_sessions set note = '{}' where id = '${id}'`))).toMatch(LOCKED);
    expect(await refusalOf(rawStatement(db, `update crisis_sessions set signer_name = 'someone else' where id = '${id}'`))).toMatch(LOCKED);
    expect(await refusalOf(rawStatement(db, `update crisis_sessions set status = 'draft' where id = '${id}'`))).toMatch(LOCKED);
    expect(await refusalOf(rawStatement(db, `delete from crisis_sessions where id = '${id}'`))).toMatch(/signed note cannot be deleted/);
  });

  it("a signed note's time: no UPDATE, DELETE or new segment", async () => {
    const { db, note, other } = await signedClinic();
    const id = note.sessionId;
    expect(await refusalOf(rawStatement(db, `update session_segments set ended_at = '2099-01-01T00:00:00.000Z' where session_id = '${id}'`))).toMatch(LOCKED);
    expect(await refusalOf(rawStatement(db, `delete from session_segments where session_id = '${id}'`))).toMatch(LOCKED);
    const insert = `insert into session_segments (id, session_id, clinician_id, started_at, ended_at, created_at) values ('forged', '${id}', '${other.actor.id}', '2020-01-01T10:00:00.000Z', '2020-01-01T11:00:00.000Z', '2020-01-01T11:00:00.000Z')`;
    expect(await refusalOf(rawStatement(db, insert))).toMatch(LOCKED);
  });

  it("a note pending review: only its status and co-signature may change", async () => {
    const { db, therapist } = await clinic();
    const made = await draftFor(therapist, { segments: [["09:00", "09:50"]], complete: true });
    const { signSession } = await import("./notes");
    expect((await signSession(therapist, { sessionId: made.sessionId, version: made.version })).status).toBe("pending_review");
    const id = made.sessionId;
    expect(await refusalOf(rawStatement(db, `update crisis_sessions set note = '{}' where id = '${id}'`))).toMatch(LOCKED);
    expect(await refusalOf(rawStatement(db, `update crisis_sessions set signed_at = '2020-01-01T00:00:00.000Z' where id = '${id}'`))).toMatch(LOCKED);
  });

  it("the audit trail: no UPDATE, no DELETE, and the chain still verifies", async () => {
    const { db } = await signedClinic();
    const seq = await lastSeq(db);
    expect(await refusalOf(rawStatement(db, `update audit_events set outcome = 'success' where seq = ${seq}`))).toMatch(/append-only/);
    expect(await refusalOf(rawStatement(db, `delete from audit_events where seq = ${seq}`))).toMatch(/append-only/);
    expect(await refusalOf(rawStatement(db, "delete from audit_events"))).toMatch(/append-only/);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true, rows: seq });
  });

  it("addenda, the review thread, disclosures and guidance panels: append-only", async () => {
    const { db } = await signedClinic();
    expect(await refusalOf(rawStatement(db, "update addenda set text = 'rewritten'"))).toMatch(/addenda are append-only/);
    expect(await refusalOf(rawStatement(db, "delete from addenda"))).toMatch(/addenda are append-only/);
    expect(await refusalOf(rawStatement(db, "update guidance_panels set content = '{}'"))).toMatch(/guidance panels are append-only/);
    expect(await refusalOf(rawStatement(db, "delete from guidance_panels"))).toMatch(/guidance panels are append-only/);
  });

  it("a draft stays editable: the rules lock signed records only", async () => {
    const { db, therapist } = await clinic();
    const made = await draftFor(therapist, { segments: [["09:00", "09:50"]] });
    await rawStatement(db, `update session_segments set ended_at = '${new Date().toISOString()}' where session_id = '${made.sessionId}'`);
    await saveDraft(therapist, { sessionId: made.sessionId, version: made.version, meta: IN_PERSON, timesAttested: true, note: completeNote() });
  });

  it.skipIf(!onPostgres)("TRUNCATE, which skips row triggers on PostgreSQL, is refused too", async () => {
    const { db } = await signedClinic();
    for (const [table, words] of [
      ["audit_events", /append-only/],
      ["addenda", /append-only/],
      ["note_reviews", /append-only/],
      ["disclosures", /append-only/],
      ["guidance_panels", /append-only/],
      ["session_segments", LOCKED],
    ] as const) {
      expect(await refusalOf(rawStatement(db, `truncate table ${table} cascade`))).toMatch(words);
    }
  });
});

describe.skipIf(!onPostgres)("the PostgreSQL triggers keep up with SQLite's", () => {
  it("every table a SQLite trigger guards has a trigger on PostgreSQL, for the same operations", async () => {
    const sqlite = memoryDb();
    const sqliteRules = (sqlite.$client.prepare("select tbl_name as tbl, sql from sqlite_master where type = 'trigger'").all() as { tbl: string; sql: string }[]).flatMap((row) =>
      ["INSERT", "UPDATE", "DELETE"].filter((event) => new RegExp(`BEFORE ${event}`, "i").test(row.sql)).map((event) => `${row.tbl} ${event}`),
    );
    sqlite.$client.close();
    const pg = await testDb();
    const { rows } = await poolOf(pg).query<{ tbl: string; event: string }>("select event_object_table as tbl, event_manipulation as event from information_schema.triggers where trigger_schema = 'public'");
    const pgRules = new Set(rows.map((row) => `${row.tbl} ${row.event}`));
    expect(sqliteRules.length).toBeGreaterThan(10);
    expect([...new Set(sqliteRules)].filter((rule) => !pgRules.has(rule))).toEqual([]);
  });
});
