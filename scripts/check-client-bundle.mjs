#!/usr/bin/env node
// Fails when the browser bundles of the last build carry server code: the database schema, the
// ORM or its driver. The server-only guards catch most mistakes at build time; this catches the
// rest (a shared vocabulary that drags db/schema.ts into a "use client" form, for instance).
// Then fails when the session page's first-load JavaScript (gzip) is over its budget.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import zlib from "node:zlib";

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

/*
 * First-load JS budgets, in gzip bytes: what a browser downloads to show the page, read from the
 * build's manifests (the root chunks every page loads, then the chunks of the page's layouts and
 * the page itself). Set from the figure on 2026-11-30 (208,656 B for the session page, once zod,
 * the billing engine, next-auth's client, the guidance aside and the safety plan loaded after the
 * form is usable) plus about 1 %: a new dependency or a heavy import on the page goes over; lower
 * the budget when the page gets lighter. Chunks loaded later (next/dynamic, import()) are not
 * counted: keep there only what the form does not need to be usable.
 */
const BUDGETS = [{ route: "/(app)/sessions/[id]", label: "session page", gzipBytes: 211_000 }];

function firstLoadJs(route) {
  const dir = path.join(root, ".next", "server", "app", route);
  const buildManifest = JSON.parse(fs.readFileSync(path.join(dir, "page", "build-manifest.json"), "utf8"));
  const context = {};
  vm.createContext(context);
  vm.runInContext("globalThis.__RSC_MANIFEST = {};", context);
  vm.runInContext(fs.readFileSync(path.join(dir, "page_client-reference-manifest.js"), "utf8"), context);
  const manifest = context.__RSC_MANIFEST[`${route}/page`];
  if (!manifest) throw new Error(`no client manifest for ${route}`);
  const pageEntry = `[project]/app${route}/page`;
  // The page and every layout above it (their entries end in "/layout" and prefix the page's path).
  const entries = Object.keys(manifest.entryJSFiles).filter((entry) => entry === pageEntry || (entry.endsWith("/layout") && pageEntry.startsWith(entry.slice(0, -"layout".length))));
  if (!entries.includes(pageEntry)) throw new Error(`the client manifest of ${route} has no entry for the page`);
  const chunks = [...new Set([...buildManifest.rootMainFiles, ...entries.flatMap((entry) => manifest.entryJSFiles[entry])])];
  let raw = 0;
  let gzip = 0;
  for (const chunk of chunks) {
    const bytes = fs.readFileSync(path.join(root, ".next", chunk));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes).length;
  }
  return { chunks: chunks.length, raw, gzip };
}

let isOver = false;
for (const budget of BUDGETS) {
  const size = firstLoadJs(budget.route);
  const figures = `${size.gzip.toLocaleString("en-US")} B gzip (${size.raw.toLocaleString("en-US")} B raw, ${size.chunks} chunks)`;
  if (size.gzip > budget.gzipBytes) {
    isOver = true;
    console.error(`First-load JS of the ${budget.label} is ${figures}: over its budget of ${budget.gzipBytes.toLocaleString("en-US")} B gzip.`);
    console.error("Keep heavy modules off the page (load them after the form is usable, or on the server), or raise the budget in scripts/check-client-bundle.mjs with the reason.");
  } else {
    console.log(`First-load JS of the ${budget.label}: ${figures}, budget ${budget.gzipBytes.toLocaleString("en-US")} B.`);
  }
}
if (isOver) process.exit(1);
