import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { VIEW_COALESCE_MS, isNewView } from "./audit";
import { runSerialized } from "./client";
import { OutOfScopeError, operation, publicOperation } from "./operation";
import { crisisSessions, practiceSettings } from "./tables";
import { auditRowsSince, clinic, lastSeq, rejectionOf, signedNoteFor } from "./test-support";

const CLINICAL = ["therapist", "supervisor"] as const;

describe("operation: the data layer's one door", () => {
  it("refuses a role outside the operation, audits the refusal and never runs the body", async () => {
    const { db, admin } = await clinic();
    const before = await lastSeq(db);
    let ran = false;
    const error = await rejectionOf(
      operation(admin, { name: "notes.test", roles: CLINICAL }, () => {
        ran = true;
        return Promise.resolve();
      }),
    );
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(ran).toBe(false);
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "auth.access_denied", entityType: "operation", entityId: "notes.test", outcome: "denied", actorId: admin.actor.id })]);
  });

  it("refuses a signed-out caller without writing anything", async () => {
    const { db } = await clinic();
    const before = await lastSeq(db);
    await expect(operation({ db, actor: null, ip: null }, { name: "x", roles: CLINICAL }, () => Promise.resolve())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await lastSeq(db)).toBe(before);
  });

  it("rolls back every write of a body that fails, its audit rows included", async () => {
    const { db, therapist } = await clinic();
    const before = await lastSeq(db);
    const failing = operation(therapist, { name: "practice.rename", roles: CLINICAL }, async ({ tx, audit }) => {
      await tx.update(practiceSettings).set({ name: "Renamed" }).where(eq(practiceSettings.id, 1));
      await audit({ action: "practice.settings_changed", entityType: "practice", entityId: "1" });
      throw new AppError("CONFLICT", "changed my mind");
    });
    await expect(failing).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await db.select({ name: practiceSettings.name }).from(practiceSettings))[0]?.name).toBe("Test Practice");
    expect(await lastSeq(db)).toBe(before);
  });

  it("answers a record outside the scope with NOT_FOUND and audits the denied access by id, after rolling back", async () => {
    const { db, therapist } = await clinic();
    const before = await lastSeq(db);
    const denied = operation(therapist, { name: "notes.read", roles: CLINICAL }, async ({ tx }) => {
      await tx.update(practiceSettings).set({ name: "Half-done" }).where(eq(practiceSettings.id, 1));
      throw new OutOfScopeError("crisis_session", "note-123", "That crisis session does not exist or is not yours.");
    });
    await expect(denied).rejects.toMatchObject({ code: "NOT_FOUND", message: "That crisis session does not exist or is not yours." });
    expect((await db.select({ name: practiceSettings.name }).from(practiceSettings))[0]?.name).toBe("Test Practice");
    expect(await auditRowsSince(db, before)).toEqual([
      expect.objectContaining({ action: "auth.access_denied", entityType: "crisis_session", entityId: "note-123", outcome: "denied", actorId: therapist.actor.id, detail: JSON.stringify({ operation: "notes.read" }) }),
    ]);
  });

  it("runs concurrent operations one after another, so a read-then-write never loses an update", async () => {
    const { db, therapist } = await clinic();
    const counter = practiceSettings.reviewDueDays;
    const [start] = await db.select({ n: counter }).from(practiceSettings);
    const increment = () =>
      operation(therapist, { name: "counter.increment", roles: CLINICAL }, async ({ tx }) => {
        const [row] = await tx.select({ n: counter }).from(practiceSettings);
        // Yield to the event loop between the read and the write, as a real async body would.
        await new Promise((resolve) => setTimeout(resolve, 1));
        await tx.update(practiceSettings).set({ reviewDueDays: (row?.n ?? 0) + 1 }).where(eq(practiceSettings.id, 1));
      });
    await Promise.all(Array.from({ length: 10 }, increment));
    expect((await db.select({ n: counter }).from(practiceSettings))[0]?.n).toBe((start?.n ?? 0) + 10);
  });

  it("refuses an operation started inside another: the inner one would wait for the outer forever", async () => {
    const { therapist } = await clinic();
    const nested = operation(therapist, { name: "outer", roles: CLINICAL }, () => operation(therapist, { name: "inner", roles: CLINICAL }, () => Promise.resolve()));
    await expect(nested).rejects.toThrow(/inside another/);
  });

  it("keeps the queue moving after a failed operation", async () => {
    const { db } = await clinic();
    await expect(runSerialized(db, "write", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(publicOperation({ db, ip: null }, { name: "after", mode: "read" }, () => Promise.resolve("ok"))).resolves.toBe("ok");
  });

  it("refuses an audit row from a read-only operation (its lock would have to be upgraded mid-way)", async () => {
    const { therapist } = await clinic();
    const reading = operation(therapist, { name: "read", roles: CLINICAL, mode: "read" }, ({ audit }) => audit({ action: "note.viewed", entityType: "crisis_session", entityId: "x" }));
    await expect(reading).rejects.toThrow(/read-only/);
  });
});

describe("auditView: one row per look at a record", () => {
  const viewNote = (id: string) => ({ action: "note.viewed" as const, entityType: "crisis_session", entityId: id });

  it("writes a view once; a refresh of the same view right after writes nothing", async () => {
    const { db, therapist } = await clinic();
    const before = await lastSeq(db);
    const view = () => operation(therapist, { name: "view", roles: CLINICAL }, ({ auditView }) => auditView(viewNote("a")));
    await view();
    await view();
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["note.viewed"]);
  });

  it("does not count the page re-rendering after the user's own change as a new view", async () => {
    const { db, therapist } = await clinic();
    await operation(therapist, { name: "view", roles: CLINICAL }, ({ auditView }) => auditView(viewNote("a")));
    const before = await lastSeq(db);
    await operation(therapist, { name: "change", roles: CLINICAL }, ({ audit }) => audit({ action: "segment.started", entityType: "crisis_session", entityId: "a" }));
    await operation(therapist, { name: "view", roles: CLINICAL }, ({ auditView }) => auditView(viewNote("a")));
    expect((await auditRowsSince(db, before)).map((r) => r.action)).toEqual(["segment.started"]);
  });

  it("counts coming back after looking at something else, and another user's look, as new views", async () => {
    const { db, therapist, other } = await clinic();
    const before = await lastSeq(db);
    const view = (ctx: typeof therapist, id: string) => operation(ctx, { name: "view", roles: CLINICAL }, ({ auditView }) => auditView(viewNote(id)));
    await view(therapist, "a");
    await view(therapist, "b");
    await view(therapist, "a");
    await view(other, "a");
    expect((await auditRowsSince(db, before)).map((r) => `${r.actorId === therapist.actor.id ? "t" : "o"}:${r.entityId}`)).toEqual(["t:a", "t:b", "t:a", "o:a"]);
  });

  it("counts the same list with other filters as a new view, and the same look after the window as a new view", async () => {
    const { db, therapist } = await clinic();
    const list = (status: string) => ({ action: "notes.listed" as const, entityType: "note_list", detail: { status } });
    await operation(therapist, { name: "list", roles: CLINICAL }, ({ auditView }) => auditView(list("draft")));
    const latest = new Date();
    await runSerialized(db, "read", async (tx) => {
      expect(await isNewView(tx, therapist.actor.id, list("draft"), latest)).toBe(false);
      expect(await isNewView(tx, therapist.actor.id, list("final"), latest)).toBe(true);
      expect(await isNewView(tx, therapist.actor.id, list("draft"), new Date(latest.getTime() + VIEW_COALESCE_MS + 1000))).toBe(true);
    });
  });
});

describe("a failed statement's error carries no values", () => {
  it("the unit of work rethrows the database's own error, not Drizzle's (whose message lists the parameters)", async () => {
    const { therapist } = await clinic();
    const { sessionId } = await signedNoteFor(therapist);
    const secret = "Maria told me about the bridge";
    const error = await rejectionOf(
      operation(therapist, { name: "notes.test", roles: CLINICAL }, async ({ tx }) => {
        await tx.update(crisisSessions).set({ note: JSON.stringify({ narrative: secret }) }).where(eq(crisisSessions.id, sessionId));
      }),
    );
    // What server/action.ts and server/route.ts would log: the name and the message.
    const logged = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    expect(logged).toMatch(/signed note is locked/);
    expect(logged).not.toMatch(/Maria|bridge|params|Failed query/);
  });
});
