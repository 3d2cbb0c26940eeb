// Online backup and restore of the SQLite database, with a signed audit checkpoint beside each
// backup (scripts/backup.ts and scripts/restore.ts are the command lines; tests call these).
import fs from "node:fs";
import path from "node:path";
import { type AuditCheckpoint, parseCheckpoint, signCheckpoint } from "../lib/audit/checkpoint";
import { type ChainVerdict, checkCheckpoint, verifyAuditChain } from "../db/audit-chain";
import { AUDIT_KEYRING_FILE_NAME, type AuditKeyring, currentKey, keyringOf, bindAuditKeyring } from "../db/audit-keyring";
import { type Db, openDatabase } from "../db/client";
import { holdInstanceLock } from "../server/instance-lock";

export const checkpointFileFor = (backupFile: string): string => `${backupFile}.checkpoint.json`;

/**
 * SQLite's online backup API from `source` into a new file. A write by another connection in the
 * middle restarts a backup that copies a few pages per step, so after the first step it copies
 * every remaining page in one step: one consistent snapshot, WAL included (a copy of the database
 * file alone misses what is still in the WAL).
 */
async function copyWithBackupApi(source: Db, destination: string): Promise<void> {
  await source.$client.backup(destination, { progress: () => 0x7fffffff });
}

export type BackupResult = { file: string; checkpointFile: string; checkpoint: AuditCheckpoint; warnings: string[] };

/**
 * A consistent backup of the live database `source` (the server may keep writing) to `destination`,
 * which must not exist yet; then its audit chain is verified and a checkpoint of its head, signed
 * with the current audit key, is written beside it.
 */
export async function backupDatabase(source: Db, destination: string, keyring: AuditKeyring = keyringOf(source)): Promise<BackupResult> {
  const file = path.resolve(destination);
  if (fs.existsSync(file)) throw new Error(`${file} already exists: name a new file for the backup.`);
  const warnings: string[] = [];
  if (fs.existsSync(path.join(path.dirname(file), AUDIT_KEYRING_FILE_NAME))) {
    warnings.push(`The audit keyring is in ${path.dirname(file)}: whoever gets this backup folder gets the key too. Keep backups elsewhere.`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await copyWithBackupApi(source, file);
  const copy = openDatabase(file);
  try {
    bindAuditKeyring(copy, keyring);
    const verdict = await verifyAuditChain(copy, keyring);
    if (!verdict.ok) throw new Error(`The backup was written to ${file}, but its audit chain is broken at row ${verdict.seq}: ${verdict.problem}. No checkpoint was made.`);
    const key = currentKey(keyring);
    const checkpoint = signCheckpoint(key.secret, key.id, { seq: verdict.head.seq, hash: verdict.head.hash, rows: verdict.rows, at: new Date().toISOString() });
    const checkpointFile = checkpointFileFor(file);
    fs.writeFileSync(checkpointFile, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: "wx" });
    return { file, checkpointFile, checkpoint, warnings };
  } finally {
    copy.$client.close();
  }
}

export class RestoreRefused extends Error {}

export type RestoreResult = { verdict: Extract<ChainVerdict, { ok: true }>; checkpoint: AuditCheckpoint; setAside: string | null };

const DATABASE_COMPANIONS = ["", "-wal", "-shm"];

/**
 * Replaces the database `target` with the backup `backupFile`, refusing while a server holds the
 * database (server/instance-lock.ts) and holding it meanwhile so none starts. The backup is copied
 * beside the target first and that copy checked — its audit chain verified with the keyring, and
 * its head the one the checkpoint names — before it takes the target's place; the old database is
 * set aside (never deleted). On any failure the target is left as it was.
 */
export async function restoreDatabase(options: { backupFile: string; target: string; keyring: AuditKeyring; checkpointFile?: string }): Promise<RestoreResult> {
  const target = path.resolve(options.target);
  const backupFile = path.resolve(options.backupFile);
  const lock = await holdInstanceLock(target, "restore");
  if ("heldBy" in lock) throw new RestoreRefused(`The server is running on ${target} (${lock.heldBy}): stop it before restoring.`);
  const staging = `${target}.restoring`;
  try {
    if (!fs.existsSync(backupFile)) throw new RestoreRefused(`No backup at ${backupFile}.`);
    const checkpointFile = options.checkpointFile ?? checkpointFileFor(backupFile);
    if (!fs.existsSync(checkpointFile)) throw new RestoreRefused(`No checkpoint at ${checkpointFile}: a backup is restored only with the checkpoint written beside it.`);
    const checkpoint = parseCheckpoint(fs.readFileSync(checkpointFile, "utf8"));
    if (!checkpoint) throw new RestoreRefused(`${checkpointFile} is not an audit checkpoint.`);
    DATABASE_COMPANIONS.forEach((suffix) => fs.rmSync(`${staging}${suffix}`, { force: true }));
    const source = openDatabase(backupFile);
    try {
      await copyWithBackupApi(source, staging);
    } finally {
      source.$client.close();
    }
    const restored = openDatabase(staging);
    let verdict: ChainVerdict;
    try {
      bindAuditKeyring(restored, options.keyring);
      verdict = await verifyAuditChain(restored, options.keyring);
      if (!verdict.ok) throw new RestoreRefused(`The backup's audit chain is broken at row ${verdict.seq}: ${verdict.problem}. Nothing was restored.`);
      const held = await checkCheckpoint(restored, checkpoint, options.keyring);
      if (!held.ok) throw new RestoreRefused(`The backup does not match its checkpoint: ${held.problem}. Nothing was restored.`);
      if (verdict.head.seq !== checkpoint.seq) throw new RestoreRefused(`The backup's audit chain ends at row ${verdict.head.seq}, not at the checkpoint's row ${checkpoint.seq}. Nothing was restored.`);
    } finally {
      restored.$client.close();
    }
    let setAside: string | null = null;
    if (fs.existsSync(target)) {
      setAside = `${target}.before-restore-${new Date().toISOString().replaceAll(":", "-")}`;
      for (const suffix of DATABASE_COMPANIONS) {
        if (fs.existsSync(`${target}${suffix}`)) fs.renameSync(`${target}${suffix}`, `${setAside}${suffix}`);
      }
    }
    fs.renameSync(staging, target);
    return { verdict, checkpoint, setAside };
  } finally {
    DATABASE_COMPANIONS.forEach((suffix) => fs.rmSync(`${staging}${suffix}`, { force: true }));
    await lock.release();
  }
}
