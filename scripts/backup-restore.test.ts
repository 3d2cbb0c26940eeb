import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { verifyAuditChain } from "../db/audit-chain";
import { keyringForDatabaseFile } from "../db/audit-keyring";
import { type Db, migrateSqliteDatabase, openDatabase } from "../db/client";
import { createClient } from "../db/clients";
import { asActor, contextOf, setUpPractice, writeAudit } from "../db/test-support";
import { createUser } from "../db/users";
import { holdInstanceLock } from "../server/instance-lock";
import { RestoreRefused, backupDatabase, checkpointFileFor, restoreDatabase } from "./backup-restore";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function tempDir(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `crisisnote-${label}-`));
  dirs.push(dir);
  return dir;
}

type Table = Record<string, unknown>[];

/** Every row of every table, in a stable order: what "the same database" means here. */
function dump(db: Db): Record<string, Table> {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Table]));
}

/** A practice in a database file, as the server keeps it: its keyring file made beside it. */
async function livePractice() {
  const dir = tempDir("live");
  const file = path.join(dir, "crisisnote.db");
  const db = openDatabase(file);
  // Test speed only: the rows need not reach the disk before each commit.
  db.$client.pragma("synchronous = OFF");
  migrateSqliteDatabase(db);
  const { admin } = await setUpPractice(db);
  const { userId } = await createUser(admin, { email: "tess@test.example", name: "Tess", role: "therapist", credentials: "LCSW", npi: null, supervisorId: null });
  const therapist = asActor(await contextOf(db, userId));
  // Enough pages that the backup takes several steps with writes in between.
  for (let i = 0; i < 1500; i += 1) await writeAudit(admin, { action: "clients.listed", entityType: "client", detail: { page: i, padding: "x".repeat(200) } });
  return { dir, file, db, admin, therapist };
}

describe("backup and restore", { timeout: 60_000 }, () => {
  it("a backup taken while writes continue restores to a consistent database whose chain and checkpoint verify", async () => {
    const live = await livePractice();
    // The server's connection keeps writing (a client and its audit row per transaction) while
    // the backup command reads through a connection of its own.
    const server = openDatabase(live.file);
    server.$client.pragma("synchronous = OFF");
    const therapistOnServer = { ...live.therapist, db: server };
    let isWriting = true;
    let written = 0;
    const writer = (async () => {
      while (isWriting) {
        await createClient(therapistOnServer, { name: `Client ${written}`, dateOfBirth: "1990-01-01", externalId: null });
        written += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backupDir = tempDir("backup");
    const backupFile = path.join(backupDir, "practice.db");
    const backupConnection = openDatabase(live.file);
    const result = await backupDatabase(backupConnection, backupFile);
    isWriting = false;
    await writer;
    expect(written).toBeGreaterThan(0);
    expect(result.warnings).toEqual([]);
    expect(fs.existsSync(checkpointFileFor(backupFile))).toBe(true);

    const target = path.join(tempDir("restored"), "crisisnote.db");
    const restored = await restoreDatabase({ backupFile, target, keyring: keyringForDatabaseFile(live.file) });
    expect(restored.verdict.head).toEqual({ seq: result.checkpoint.seq, hash: result.checkpoint.hash });
    expect(restored.setAside).toBeNull();

    const copy = openDatabase(target);
    const liveRows = dump(server);
    const copyRows = dump(copy);
    // The audit rows are exactly the live chain up to the backup's head…
    expect(copyRows.audit_events).toEqual(liveRows.audit_events?.slice(0, copyRows.audit_events?.length));
    // …and every client in it is the live one, with its creation audited in the copy: no torn transaction.
    const clientsCreated = (copyRows.audit_events ?? []).filter((row) => row.action === "client.created").length;
    expect(copyRows.clients).toEqual(liveRows.clients?.slice(0, clientsCreated));
    copy.$client.close();
    [server, backupConnection, live.db].forEach((db) => db.$client.close());
  });

  it("a backup of a quiet database restores to an identical one, every table and row, setting the old one aside", async () => {
    const live = await livePractice();
    const backupFile = path.join(tempDir("backup"), "practice.db");
    await backupDatabase(live.db, backupFile);
    const target = path.join(tempDir("restored"), "crisisnote.db");
    // Something already there: it is set aside, not lost.
    const previous = openDatabase(target);
    migrateSqliteDatabase(previous);
    previous.$client.close();
    const restored = await restoreDatabase({ backupFile, target, keyring: keyringForDatabaseFile(live.file) });
    expect(restored.setAside).not.toBeNull();
    expect(fs.existsSync(restored.setAside ?? "")).toBe(true);
    const copy = openDatabase(target);
    expect(dump(copy)).toEqual(dump(live.db));
    expect(await verifyAuditChain(copy, keyringForDatabaseFile(live.file))).toMatchObject({ ok: true });
    copy.$client.close();
    live.db.$client.close();
  });

  it("refuses while the server holds the database, and leaves it untouched", async () => {
    const live = await livePractice();
    const backupFile = path.join(tempDir("backup"), "practice.db");
    await backupDatabase(live.db, backupFile);
    const before = fs.readFileSync(live.file);
    const lock = await holdInstanceLock(live.file, "server");
    if ("heldBy" in lock) throw new Error("expected to hold the lock");
    try {
      await expect(restoreDatabase({ backupFile, target: live.file, keyring: keyringForDatabaseFile(live.file) })).rejects.toThrow(/server is running/);
    } finally {
      await lock.release();
    }
    expect(fs.readFileSync(live.file).equals(before)).toBe(true);
    live.db.$client.close();
  });

  it("a server cannot take the database while a restore holds it, and a stale lock left by a crash is no obstacle", async () => {
    const file = path.join(tempDir("lock"), "crisisnote.db");
    const restore = await holdInstanceLock(file, "restore");
    if ("heldBy" in restore) throw new Error("expected to hold the lock");
    expect(await holdInstanceLock(file, "server")).toMatchObject({ heldBy: expect.stringMatching(/^restore \d+$/) });
    await restore.release();
    // A crashed holder leaves the socket file behind with nobody listening on it.
    fs.writeFileSync(`${file}.lock.sock`, "");
    const server = await holdInstanceLock(file, "server");
    expect("release" in server).toBe(true);
    if ("release" in server) await server.release();
  });

  it("refuses a backup whose audit chain was altered, or one that does not match its checkpoint, and restores nothing", async () => {
    const live = await livePractice();
    const keyring = keyringForDatabaseFile(live.file);
    const backupFile = path.join(tempDir("backup"), "practice.db");
    await backupDatabase(live.db, backupFile);
    const target = path.join(tempDir("restored"), "crisisnote.db");

    // Another backup's checkpoint (taken after more rows were written) does not describe this one.
    await writeAudit(live.admin, { action: "clients.listed", entityType: "client" });
    const laterFile = path.join(tempDir("backup"), "later.db");
    await backupDatabase(live.db, laterFile);
    await expect(restoreDatabase({ backupFile, target, keyring, checkpointFile: checkpointFileFor(laterFile) })).rejects.toThrow(RestoreRefused);
    expect(fs.existsSync(target)).toBe(false);

    const tampered = openDatabase(backupFile);
    tampered.$client.exec("DROP TRIGGER audit_events_no_update; UPDATE audit_events SET actor_id = 'intruder' WHERE seq = 3;");
    tampered.$client.close();
    await expect(restoreDatabase({ backupFile, target, keyring })).rejects.toThrow(/row 3 was altered/);
    expect(fs.existsSync(target)).toBe(false);
    live.db.$client.close();
  });
});
