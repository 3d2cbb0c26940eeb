import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DateTime } from "luxon";
import { afterAll, describe, expect, it } from "vitest";
import { getBillingReport } from "./billing";
import { listMyClients, listPracticeClients } from "./clients";
import { migrateSqliteDatabase, openDatabase } from "./client";
import { seedDemoPractice } from "./demo-seed";
import { listReviewQueue } from "./reviews";
import { getDashboard, listMySessions } from "./sessions";
import { findActiveActor } from "./sign-in";
import { findUserIdByEmail } from "./users";
import type { ActorContext } from "./context";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crisisnote-demo-seed-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The demo is a SQLite file (npm run demo); in a PostgreSQL test run the tables are PostgreSQL's.
describe.skipIf(process.env.TEST_DATABASE_URL !== undefined)("demo seed (a SQLite file)", () => {
  it("gives each demo clinician clients and each therapist a draft typed yesterday", async () => {
    const file = path.join(dir, "demo.db");
    const db = openDatabase(file);
    migrateSqliteDatabase(db);
    expect(await seedDemoPractice(db, file)).toBe("seeded");

    const as = async (email: string): Promise<ActorContext> => {
      const actor = await findActiveActor({ db }, (await findUserIdByEmail({ db }, email)) ?? "");
      if (!actor) throw new Error(`no demo user ${email}`);
      return { db, actor, ip: null };
    };
    const therapist = await as("therapist@demo.test");
    expect((await listMyClients(therapist)).map((c) => c.name)).toEqual(["Darnell Brooks", "Maya Lindqvist", "Priya Raman"]);
    // Clients are private to their clinician.
    expect((await listMyClients(await as("therapist2@demo.test"))).map((c) => c.name)).not.toContain("Maya Lindqvist");
    expect(await listMyClients(await as("supervisor@demo.test"))).toHaveLength(2);

    const yesterday = DateTime.now().setZone("America/New_York").minus({ days: 1 }).toISODate();
    expect((await listMySessions(therapist, { status: "draft" })).items).toEqual([
      expect.objectContaining({ clientName: "Maya Lindqvist", status: "draft", dateOfService: yesterday }),
    ]);
    // The supervised therapist's notes are in every review state, spread over the last weeks.
    const statuses = (await listMySessions(therapist, {})).items.map((item) => item.status).sort();
    expect(statuses).toEqual(["draft", "final", "pending_review", "pending_review", "returned"]);
    const queue = await listReviewQueue(await as("supervisor@demo.test"));
    expect(queue.items).toHaveLength(2);
    expect(queue.items.some((item) => item.isHighRisk)).toBe(true);
    const returned = (await getDashboard(therapist, "2000-01-01")).returned;
    expect(returned).toEqual([expect.objectContaining({ returnedBy: "Sam Rivera", comment: expect.stringContaining("please correct the time") })]);

    // Clients on each payer; the independent therapist's Medicare client seen at home and on the street.
    const admin = await as("admin@demo.test");
    const today = DateTime.now().setZone("America/New_York");
    const { days } = await getBillingReport(admin, { from: today.minus({ days: 60 }).toISODate() ?? "", to: today.toISODate() ?? "", status: "all" });
    expect(days.flatMap((day) => day.lines).filter((line) => line.code === "G0017")).toHaveLength(2);
    expect(new Set((await listPracticeClients(admin)).map((client) => client.payerName))).toEqual(new Set(["Commercial (CPT rules)", "Medicare", "Self-pay"]));

    expect(await seedDemoPractice(db, file)).toBe("already-seeded");
  }, 60_000);
});
