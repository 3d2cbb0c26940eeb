#!/usr/bin/env node
// Fails when the browser bundles of the last build carry server code: the database schema, the
// ORM or its driver. The server-only guards catch most mistakes at build time; this catches the
// rest (a shared vocabulary that drags db/schema.ts into a "use client" form, for instance).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const staticDir = path.join(root, ".next", "static");

/** Strings that only exist in server code: drizzle's SQLite runtime and our table and column names. */
const FORBIDDEN = ["sqlite-core", "drizzle-orm", "better-sqlite3", "password_hash", "audit_chain_head", "failed_sign_in_count", "guidance_panel_id"];

if (!fs.existsSync(staticDir)) {
  console.error(`No build found at ${staticDir}: run the build first (node scripts/start.mjs --build-only).`);
  process.exit(1);
}

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(js|mjs|css|json|map)$/.test(entry.name)) yield full;
  }
}

const leaks = [];
let scanned = 0;
for (const file of files(staticDir)) {
  scanned += 1;
  const text = fs.readFileSync(file, "utf8");
  for (const needle of FORBIDDEN) {
    if (text.includes(needle)) leaks.push(`${path.relative(root, file)}: contains "${needle}"`);
  }
}

if (leaks.length > 0) {
  console.error("Server code reached the browser bundles:");
  for (const leak of leaks) console.error(`  ${leak}`);
  console.error('Keep db/ and server/ out of "use client" modules; shared vocabularies belong in lib/.');
  process.exit(1);
}
console.log(`Browser bundles clean: ${scanned} files under .next/static, none with server code.`);
