/**
 * The note page on a tablet (issue 15), through the production build in Debian's Chromium with
 * the CPU slowed 4× (the DevTools protocol's Emulation.setCPUThrottlingRate, a stand-in for a
 * mid-range tablet):
 *
 * - keypress → next paint in a note field ("Precipitant") against a plain textarea injected on
 *   the same page, interleaved so drift hits both; the figure that matters is the ratio;
 * - the React components rendered by one keystroke in the note field, out of all on the page,
 *   counted through the React DevTools global hook (the fibers a commit re-rendered);
 * - the form usable after a full navigation (the fields enabled once hydrated) against the
 *   sign-in page (its email field after hydration), from the navigation's start;
 * - signing over HTTP (the server action the page posts, replayed with the browser's headers)
 *   against signSession in the data layer on the same database file, interleaved.
 *
 * Run: npm run build:app && npx tsx --conditions=react-server bench/note-typing.bench.ts
 *      (BENCH_PORT picks the server's port; no assertions, prints tables.) Not part of npm test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { type Browser, type CDPSession, type Page, type Request, chromium } from "@playwright/test";

import { migrateSqliteDatabase, openDatabase } from "../db/client";
import { createClient } from "../db/clients";
import type { ActorContext } from "../db/context";
import { saveDraft, signSession } from "../db/notes";
import { completeSetup } from "../db/practice";
import { addSegment } from "../db/segments";
import { startSession } from "../db/sessions";
import { findActiveActor } from "../db/sign-in";
import { changeOwnPassword, createUser } from "../db/users";
import { IN_PERSON, completeNote, completeSafetyPlan } from "../lib/notes/test-support";
import { signIn, startServer, stopServer } from "./server";

const TIME_ZONE = "America/Chicago";
const CPU_SLOWDOWN = 4;
const KEYS_EACH = Number(process.env.BENCH_KEYS ?? 120);
const KEY_WARM_UP = 10;
const RENDER_KEYS = 20;
const NAVIGATIONS = Number(process.env.BENCH_NAVIGATIONS ?? 8);
const SIGNS = Number(process.env.BENCH_SIGNS ?? 60);
const SIGN_WARM_UP = 5;
const PASSWORD = "bench-therapist-password";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99), mean: sorted.reduce((sum, x) => sum + x, 0) / Math.max(1, sorted.length) };
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join("  ");
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(format(row));
  console.log("");
}

const progress = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

async function actorContext(db: ActorContext["db"], userId: string): Promise<ActorContext> {
  const actor = await findActiveActor({ db }, userId);
  if (!actor) throw new Error(`user ${userId} is not active`);
  return { db, actor, ip: "bench" };
}

/**
 * Runs in the page before any script: a stand-in for React DevTools that counts, per commit, the
 * components (function, class, memo, forwardRef fibers) that rendered, the way DevTools decides
 * it (a new fiber, or PerformedWork on an updated one; an unchanged child list is skipped), and
 * records when the page's form first became usable.
 */
function instrumentPage(): void {
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
  const PERFORMED_WORK = 1;
  type Fiber = { tag: number; flags: number; child: Fiber | null; sibling: Fiber | null; alternate: Fiber | null; type: unknown };
  const state = { commits: 0, rendered: 0, total: 0, usableAt: null as number | null, names: new Map<string, number>() };
  const nameOf = (fiber: Fiber) => {
    const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string }; render?: { name?: string } } | null;
    return type?.displayName ?? type?.name ?? type?.type?.name ?? type?.render?.name ?? "?";
  };
  const countAll = (fiber: Fiber | null): number => {
    let n = 0;
    for (let f = fiber; f; f = f.sibling) n += (COMPONENT_TAGS.has(f.tag) ? 1 : 0) + countAll(f.child);
    return n;
  };
  const walk = (next: Fiber): void => {
    const prev = next.alternate;
    if (COMPONENT_TAGS.has(next.tag) && (prev === null || (next.flags & PERFORMED_WORK) === PERFORMED_WORK)) {
      state.rendered += 1;
      const name = nameOf(next);
      state.names.set(name, (state.names.get(name) ?? 0) + 1);
    }
    if (prev !== null && prev.child === next.child) return;
    for (let child = next.child; child; child = child.sibling) walk(child);
  };
  const isUsable = () => {
    const field = location.pathname.startsWith("/sessions/")
      ? document.querySelector<HTMLTextAreaElement>('form[aria-label="Crisis note"] textarea')
      : document.querySelector<HTMLInputElement>('form[aria-label="Sign in"] input');
    return field !== null && !field.disabled && !field.closest("fieldset:disabled");
  };
  const hook = {
    renderers: new Map(),
    supportsFiber: true,
    inject(renderer: unknown) {
      hook.renderers.set(1, renderer);
      return 1;
    },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id: number, root: { current: Fiber }) {
      state.commits += 1;
      walk(root.current);
      state.total = countAll(root.current);
      if (state.usableAt === null && isUsable()) state.usableAt = window.performance.now();
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
  Object.defineProperty(window, "__REACT_DEVTOOLS_GLOBAL_HOOK__", { value: hook, configurable: true });
  const w = window as unknown as Record<string, unknown>;
  w.__benchReset = () => {
    state.commits = 0;
    state.rendered = 0;
    state.names.clear();
  };
  w.__benchRenders = () => ({ commits: state.commits, rendered: state.rendered, total: state.total, names: [...state.names].sort((a, b) => b[1] - a[1]) });
  w.__benchUsableAt = () => state.usableAt;
  // Keypress → paint: the keydown's timestamp to a task posted from the frame that follows it
  // (rAF runs just before the paint; a message posted there runs just after it).
  let pending: Promise<number> | null = null;
  w.__benchArm = () => {
    pending = new Promise<number>((resolve) => {
      window.addEventListener(
        "keydown",
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(window.performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        { capture: true, once: true },
      );
    });
  };
  w.__benchLatency = () => pending;
}

// tsx names functions through an `__name` helper that the page does not have: provide it.
const INSTRUMENT_PAGE = `var __name = (target) => target; (${instrumentPage.toString()})();`;

async function keypressToPaint(page: Page, key: string): Promise<number> {
  await page.evaluate(() => (window as unknown as { __benchArm: () => void }).__benchArm());
  await page.keyboard.press(key);
  return page.evaluate(() => (window as unknown as { __benchLatency: () => Promise<number> }).__benchLatency());
}

async function throttle(page: Page, rate = CPU_SLOWDOWN): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-tablet-bench-"));
  const file = path.join(dir, "bench.db");
  const db = openDatabase(file);
  migrateSqliteDatabase(db);

  // A practice, one therapist without a supervisor (signing locks the note), their clients.
  const adminPassword = "bench-admin-password";
  const { adminId } = await completeSetup(
    { db, actor: null, ip: "bench" },
    { practiceName: "Bench Practice", timeZone: TIME_ZONE, adminName: "Ada Admin", adminEmail: "admin@bench.example", password: adminPassword, confirmPassword: adminPassword },
  );
  const admin = await actorContext(db, adminId);
  const created = await createUser(admin, { email: "ther@bench.example", name: "Tess Therapist", role: "therapist", credentials: "LCSW", npi: null, supervisorId: null });
  const clinician = await actorContext(db, created.userId);
  await changeOwnPassword(clinician, { currentPassword: created.temporaryPassword, newPassword: PASSWORD, confirmPassword: PASSWORD });
  const day = new Date(Date.now() - 36 * 3600_000).toISOString().slice(0, 10);
  let clients = 0;
  const signReady = async () => {
    clients += 1;
    const { id: clientId } = await createClient(clinician, { name: `Robin Client ${clients}`, dateOfBirth: "1988-03-14", externalId: `MRN-${clients}` });
    const { sessionId } = await startSession(clinician, { clientId, ...IN_PERSON, startTimer: false });
    await addSegment(clinician, { sessionId, start: `${day}T09:00`, end: `${day}T09:50` });
    const { version } = await saveDraft(clinician, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note: completeNote({ safetyPlan: completeSafetyPlan() }) });
    return { sessionId, version };
  };
  // The note typed into: complete, so every section shows what a real note shows.
  const typed = await signReady();
  const captured = await signReady();
  const httpSigns = [];
  const dataSigns = [];
  for (let i = 0; i < SIGNS + SIGN_WARM_UP; i += 1) {
    httpSigns.push(await signReady());
    dataSigns.push(await signReady());
  }

  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : undefined;
  // BENCH_AS_BUILT=1 serves the build in .next without rebuilding (a build kept from before a change).
  const server = await startServer(file, path.join(dir, "server.log"), { port, asBuilt: process.env.BENCH_AS_BUILT === "1" });
  progress(`server up at ${server.base}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stopServer(server).finally(() => process.exit(1)));
  let browser: Browser | null = null;
  try {
    const cookieHeader = await signIn(server.base, { email: "ther@bench.example", password: PASSWORD });
    browser = await chromium.launch({
      executablePath: fs.existsSync(CHROMIUM) ? CHROMIUM : undefined,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    });
    const { hostname } = new URL(server.base);
    const cookies = cookieHeader.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), domain: hostname, path: "/" };
    });
    const context = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
    await context.addInitScript({ content: INSTRUMENT_PAGE });
    await context.addCookies(cookies);
    const page = await context.newPage();
    page.on("pageerror", (error) => progress(`page error: ${error.message}`));
    const pageCpu = await throttle(page);

    progress("typing");
    // 1. Keypress → paint and components per keystroke.
    await page.goto(`${server.base}/sessions/${typed.sessionId}`);
    const field = page.getByRole("textbox", { name: "Precipitant" });
    await field.waitFor().catch(async (error: unknown) => {
      progress(`no note field at ${page.url()}: ${(await page.locator("body").innerText()).slice(0, 300)}`);
      throw error;
    });
    await page.waitForFunction(() => !document.querySelector('form[aria-label="Crisis note"] fieldset')?.hasAttribute("disabled"));
    await page.evaluate(() => {
      const plain = document.createElement("textarea");
      plain.setAttribute("aria-label", "Plain textarea");
      plain.rows = 3;
      plain.style.cssText = "position:fixed;top:8px;right:8px;width:320px;z-index:1000;border:2px solid #000;background:#fff";
      document.body.append(plain);
    });
    const plain = page.getByLabel("Plain textarea");
    const latencies = { note: [] as number[], plain: [] as number[] };
    const letters = "the client was calm and talked about work ";
    for (let i = 0; i < KEYS_EACH + KEY_WARM_UP; i += 1) {
      // Blocks of ten keys in each field, alternating (a real typist types runs, not single keys).
      const block = Math.floor(i / 10);
      if (i % 20 === 0) progress(`key ${i}`);
      for (const [target, samples] of [
        [field, latencies.note],
        [plain, latencies.plain],
      ] as const) {
        if (i % 10 === 0) await target.focus();
        const ms = await keypressToPaint(page, letters[(i + block) % letters.length] === " " ? "Space" : (letters[(i + block) % letters.length] ?? "a"));
        if (i >= KEY_WARM_UP) samples.push(ms);
      }
    }
    progress("renders per keystroke");
    // Renders per keystroke in the note field: reset, one key, let every follow-up commit land.
    await field.focus();
    // The typing above is saved first: the first key below turns "Saved" into "Unsaved changes".
    await page.waitForFunction(() => /Saved at/.test(document.querySelector('form[aria-label="Crisis note"] [role="status"]')?.textContent ?? ""), null, { timeout: 60_000 });
    const renders: { commits: number; rendered: number; total: number; names: [string, number][] }[] = [];
    for (let i = 0; i < RENDER_KEYS; i += 1) {
      await page.evaluate(() => (window as unknown as { __benchReset: () => void }).__benchReset());
      await page.keyboard.press("KeyX");
      await sleep(250);
      renders.push(await page.evaluate(() => (window as unknown as { __benchRenders: () => { commits: number; rendered: number; total: number; names: [string, number][] } }).__benchRenders()));
    }
    const steady = renders.slice(1);
    const renderedPerKey = stats(steady.map((r) => r.rendered));
    const commitsPerKey = stats(steady.map((r) => r.commits));
    const total = steady.at(-1)?.total ?? Number.NaN;
    if (process.env.BENCH_VERBOSE) console.log("rendered by the first keystroke:", JSON.stringify(renders[0]?.names), "\nby a later one:", JSON.stringify(steady.at(-1)?.names));

    progress("navigations");
    // 2. Form usable after navigation, session page against the sign-in page (signed out).
    // Both at full speed (the figure) and with the CPU slowed 4×.
    const usable = { session: [] as number[], login: [] as number[], sessionSlow: [] as number[], loginSlow: [] as number[] };
    const signedOut = await browser.newContext({ viewport: { width: 1024, height: 1366 } });
    await signedOut.addInitScript({ content: INSTRUMENT_PAGE });
    const loginPage = await signedOut.newPage();
    const loginCpu = await throttle(loginPage);
    const usableAt = async (target: Page, url: string): Promise<number> => {
      await target.goto(url);
      await target.waitForFunction(() => (window as unknown as { __benchUsableAt: () => number | null }).__benchUsableAt() !== null, null, { timeout: 60_000 });
      return target.evaluate(() => (window as unknown as { __benchUsableAt: () => number }).__benchUsableAt());
    };
    for (const rate of [1, CPU_SLOWDOWN]) {
      await pageCpu.send("Emulation.setCPUThrottlingRate", { rate });
      await loginCpu.send("Emulation.setCPUThrottlingRate", { rate });
      for (let i = 0; i < NAVIGATIONS + 1; i += 1) {
        const sessionMs = await usableAt(page, `${server.base}/sessions/${typed.sessionId}`);
        const loginMs = await usableAt(loginPage, `${server.base}/login`);
        if (i === 0) continue;
        (rate === 1 ? usable.session : usable.sessionSlow).push(sessionMs);
        (rate === 1 ? usable.login : usable.loginSlow).push(loginMs);
      }
    }
    await signedOut.close();

    progress("signing");
    // 3. Signing: capture the browser's own request once, then replay it, against the data layer.
    const signPage = await context.newPage();
    let signRequest: Request | null = null;
    signPage.on("request", (request) => {
      if (request.method() === "POST" && request.headers()["next-action"] && (request.postData() ?? "").includes(`"version":${captured.version}`)) signRequest ??= request;
    });
    await signPage.goto(`${server.base}/sessions/${captured.sessionId}`);
    await signPage.waitForFunction(() => !document.querySelector('form[aria-label="Crisis note"] fieldset')?.hasAttribute("disabled"));
    await signPage.getByRole("button", { name: "Sign note" }).click();
    await signPage.getByRole("button", { name: "Sign and lock" }).click();
    await signPage.getByRole("link", { name: "Print the note" }).waitFor({ timeout: 60_000 });
    if (!signRequest) throw new Error("the signing request was not seen");
    const headers = await (signRequest as Request).allHeaders();
    const actionHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (["next-action", "next-router-state-tree", "accept", "content-type", "origin", "next-url"].includes(name)) actionHeaders[name] = value;
    }
    await signPage.close();
    // The preview and the sign post the same body: find the sign action's id in the build.
    const manifest = JSON.parse(fs.readFileSync(path.join(".next", "server", "server-reference-manifest.json"), "utf8")) as { node: Record<string, { exportedName?: string; filename?: string }> };
    const signId = Object.entries(manifest.node).find(([, entry]) => entry.exportedName === "signSessionAction")?.[0];
    if (!signId) throw new Error("signSessionAction is not in the server reference manifest");
    actionHeaders["next-action"] = signId;

    const http: number[] = [];
    const dataLayer: number[] = [];
    let responseBytes = 0;
    for (let i = 0; i < SIGNS + SIGN_WARM_UP; i += 1) {
      const target = httpSigns[i];
      const direct = dataSigns[i];
      if (!target || !direct) break;
      const t0 = performance.now();
      const response = await fetch(`${server.base}/sessions/${target.sessionId}`, {
        method: "POST",
        headers: { ...actionHeaders, Cookie: cookieHeader },
        body: JSON.stringify([{ sessionId: target.sessionId, version: target.version }]),
      });
      const body = await response.arrayBuffer();
      const httpMs = performance.now() - t0;
      if (!response.ok || !new TextDecoder().decode(body).includes('"ok":true')) throw new Error(`signing over HTTP failed: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
      const t1 = performance.now();
      await signSession(clinician, direct);
      const dataMs = performance.now() - t1;
      if (i < SIGN_WARM_UP) continue;
      http.push(httpMs);
      dataLayer.push(dataMs);
      responseBytes = body.byteLength;
    }
    const auditRows = ((db as unknown as { $client: unknown }).$client as { prepare(sql: string): { all(...params: unknown[]): { action: string }[] } })
      .prepare("SELECT action FROM audit_events WHERE entity_id = ? ORDER BY seq")
      .all(httpSigns.at(-1)?.sessionId);
    const afterSign = auditRows.slice(auditRows.findIndex((row) => row.action === "note.signed")).map((row) => row.action);

    const ms = (x: number) => x.toFixed(1);
    const note = stats(latencies.note);
    const base = stats(latencies.plain);
    console.log(`CPU throttled ${CPU_SLOWDOWN}×, Chromium ${browser.version()}, ${KEYS_EACH} keys per field, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}\n`);
    printTable(
      ["keypress → paint", "n", "p50 ms", "p99 ms", "mean ms"],
      [
        ["note field (Precipitant)", String(note.n), ms(note.p50), ms(note.p99), ms(note.mean)],
        ["plain textarea, same page", String(base.n), ms(base.p50), ms(base.p99), ms(base.mean)],
        ["ratio", "", (note.p50 / base.p50).toFixed(2), (note.p99 / base.p99).toFixed(2), (note.mean / base.mean).toFixed(2)],
      ],
    );
    printTable(
      ["per keystroke in the note field", "p50", "max"],
      [
        ["components rendered", String(renderedPerKey.p50), String(Math.max(...steady.map((r) => r.rendered)))],
        ["components rendered by the first keystroke (saved → unsaved)", String(renders[0]?.rendered ?? Number.NaN), ""],
        ["React commits", String(commitsPerKey.p50), String(Math.max(...steady.map((r) => r.commits)))],
        ["components on the page", String(total), ""],
      ],
    );
    const row = (label: string, samples: number[]) => [label, String(samples.length), ms(stats(samples).p50), ms(Math.max(...samples))];
    printTable(
      ["form usable after navigation", "n", "p50 ms", "max ms"],
      [row("session page", usable.session), row("/login", usable.login), row(`session page, CPU ${CPU_SLOWDOWN}× slower`, usable.sessionSlow), row(`/login, CPU ${CPU_SLOWDOWN}× slower`, usable.loginSlow)],
    );
    const h = stats(http);
    const d = stats(dataLayer);
    printTable(
      ["signing", "n", "p50 ms", "p99 ms", "× data layer (p50)"],
      [
        ["over HTTP (server action)", String(h.n), ms(h.p50), ms(h.p99), (h.p50 / d.p50).toFixed(2)],
        ["signSession (data layer)", String(d.n), ms(d.p50), ms(d.p99), "1.00"],
      ],
    );
    console.log(`action response: ${responseBytes.toLocaleString("en-US")} B; audit rows from the signature on (HTTP sign): ${afterSign.join(", ")}`);
  } finally {
    await browser?.close();
    await stopServer(server);
    (db as unknown as { $client: { close(): void } }).$client.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
