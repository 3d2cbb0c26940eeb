import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { type CreateUserInput, type UpdateUserInput, createUserSchema, updateUserSchema } from "@/lib/validation/users";
import type { Db } from "./client";
import type { ActorContext, DbContext } from "./context";
import { auditEvents, users } from "./tables";
import { signInWithPassword } from "./sign-in";
import { type AddedUser, addUser, asActor, auditRows, contextOf, lastAudit, onPostgres, rawStatement, rejectionOf, rowCount, setUpPractice } from "./test-support";
import { changeOwnPassword, createUser, findUserIdByEmail, getUser, resetPassword, setUserActive, updateUser } from "./users";

const newUser = (overrides: Partial<CreateUserInput> = {}) =>
  createUserSchema.parse({ name: "Nia Therapist", email: "nia@test.example", role: "therapist", credentials: "LCSW", ...overrides });

const changes = (userId: string, overrides: Partial<UpdateUserInput> = {}) =>
  updateUserSchema.parse({ userId, name: "Renamed", role: "therapist", credentials: "LPC", ...overrides });

const userRow = async (db: Db, id: string) => (await db.select().from(users).where(eq(users.id, id)))[0];

let db: Db;
let admin: ActorContext;
let supervisor: AddedUser;
let therapist: AddedUser;

beforeEach(async () => {
  ({ db, admin } = await setUpPractice());
  supervisor = await addUser(admin, "supervisor");
  therapist = await addUser(admin, "therapist", { supervisorId: supervisor.id });
});

describe("an admin manages users, and each change is audited", () => {
  it("creates a user with a temporary password that must be changed", async () => {
    const { userId, temporaryPassword } = await createUser(admin, newUser({ supervisorId: supervisor.id }));
    const row = await userRow(db, userId);
    expect(row).toMatchObject({ email: "nia@test.example", role: "therapist", supervisorId: supervisor.id, mustChangePassword: true, active: true });
    expect(await verifyPassword(row?.passwordHash ?? "", temporaryPassword)).toBe(true);
    expect(await lastAudit(db)).toMatchObject({ action: "user.created", entityId: userId, actorId: admin.actor.id, outcome: "success", ip: "203.0.113.7" });
    expect(await getUser(admin, userId)).not.toHaveProperty("passwordHash");
  });

  it("changes a user's details", async () => {
    await updateUser(admin, changes(therapist.id, { supervisorId: "" }));
    expect(await userRow(db, therapist.id)).toMatchObject({ name: "Renamed", credentials: "LPC", supervisorId: null });
    expect(await lastAudit(db)).toMatchObject({ action: "user.changed", entityId: therapist.id, actorId: admin.actor.id });
  });

  it("deactivates and reactivates a user; repeating a state writes nothing", async () => {
    await setUserActive(admin, { userId: therapist.id, active: false });
    expect((await userRow(db, therapist.id))?.active).toBe(false);
    expect(await lastAudit(db)).toMatchObject({ action: "user.deactivated", entityId: therapist.id });
    const rowsBefore = await rowCount(db, auditEvents);
    await setUserActive(admin, { userId: therapist.id, active: false });
    expect(await rowCount(db, auditEvents)).toBe(rowsBefore);
    await setUserActive(admin, { userId: therapist.id, active: true });
    expect((await userRow(db, therapist.id))?.active).toBe(true);
    expect(await lastAudit(db)).toMatchObject({ action: "user.reactivated", entityId: therapist.id });
  });

  it("resets a password: the new temporary one works, the old one does not, and a lockout is lifted", async () => {
    for (let i = 0; i < 5; i += 1) await signInWithPassword(await contextOf(db, therapist.id), { email: therapist.email, password: "wrong-password" });
    expect((await getUser(admin, therapist.id)).locked).toBe(true);
    const { temporaryPassword } = await resetPassword(admin, therapist.id);
    expect(await getUser(admin, therapist.id)).toMatchObject({ locked: false, mustChangePassword: true });
    expect(await lastAudit(db)).toMatchObject({ action: "user.password_reset", entityId: therapist.id, actorId: admin.actor.id });
    const signIn = async (password: string) => (await signInWithPassword({ db, actor: null, ip: null }, { email: therapist.email, password })).actor;
    expect(await signIn(therapist.temporaryPassword)).toBeNull();
    expect(await signIn(temporaryPassword)).toMatchObject({ id: therapist.id, mustChangePassword: true });
  });
});

describe("the audit row is written in the same transaction as the change", () => {
  // If the audit row cannot be written, the change it records must not happen either.
  beforeEach(async () => {
    if (onPostgres) {
      await rawStatement(db, "CREATE FUNCTION audit_unavailable() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit unavailable'; END $$");
      await rawStatement(db, "CREATE TRIGGER audit_unavailable BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_unavailable()");
    } else {
      await rawStatement(db, "CREATE TRIGGER audit_unavailable BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit unavailable'); END");
    }
  });

  it("create", async () => {
    await expect(createUser(admin, newUser())).rejects.toThrow(/audit unavailable/);
    expect(await findUserIdByEmail({ db }, "nia@test.example")).toBeNull();
  });

  it("update", async () => {
    await expect(updateUser(admin, changes(therapist.id))).rejects.toThrow(/audit unavailable/);
    expect((await userRow(db, therapist.id))?.name).not.toBe("Renamed");
  });

  it("deactivate", async () => {
    await expect(setUserActive(admin, { userId: therapist.id, active: false })).rejects.toThrow(/audit unavailable/);
    expect((await userRow(db, therapist.id))?.active).toBe(true);
  });

  it("password reset", async () => {
    const hashBefore = (await userRow(db, therapist.id))?.passwordHash;
    await expect(resetPassword(admin, therapist.id)).rejects.toThrow(/audit unavailable/);
    expect((await userRow(db, therapist.id))?.passwordHash).toBe(hashBefore);
  });
});

describe("anyone but an admin is refused, audited, and changes nothing", () => {
  type Operation = { operation: string; run: (ctx: DbContext) => unknown };
  const operations: Operation[] = [
    { operation: "users.create", run: async (ctx) => await createUser(ctx, newUser()) },
    { operation: "users.update", run: async (ctx) => await updateUser(ctx, changes(therapist.id, { role: "admin", supervisorId: "" })) },
    { operation: "users.deactivate", run: async (ctx) => await setUserActive(ctx, { userId: supervisor.id, active: false }) },
    { operation: "users.reset_password", run: async (ctx) => await resetPassword(ctx, supervisor.id) },
    { operation: "users.read", run: async (ctx) => await getUser(ctx, supervisor.id) },
  ];

  describe.each(["therapist", "supervisor"] as const)("as a %s", (role) => {
    it.each(operations)("$operation", async ({ operation, run }) => {
      const actor = asActor(await contextOf(db, role === "therapist" ? therapist.id : supervisor.id));
      const before = { users: (await db.select().from(users)), audit: await rowCount(db, auditEvents) };
      const error = await rejectionOf(Promise.resolve().then(() => run(actor)));
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "FORBIDDEN", message: "You do not have access to this." });
      expect(await rowCount(db, auditEvents)).toBe(before.audit + 1);
      expect(await lastAudit(db)).toMatchObject({ action: "auth.access_denied", entityId: operation, actorId: actor.actor.id, outcome: "denied" });
      expect((await db.select().from(users))).toEqual(before.users);
    });
  });

  it("signed out, nothing happens at all", async () => {
    const before = await rowCount(db, auditEvents);
    await expect(createUser({ db, actor: null, ip: null }, newUser())).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await rowCount(db, auditEvents)).toBe(before);
    expect(await findUserIdByEmail({ db }, "nia@test.example")).toBeNull();
  });
});

describe("rules that protect the practice", () => {
  it("a duplicate email (in any letter case) is a field error and nothing is written", async () => {
    const before = { users: await rowCount(db, users), audit: await rowCount(db, auditEvents) };
    const error = await rejectionOf(createUser(admin, newUser({ email: therapist.email.toUpperCase() })));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { email: ["A user with this email already exists."] } });
    expect({ users: await rowCount(db, users), audit: await rowCount(db, auditEvents) }).toEqual(before);
  });

  it("a therapist's supervisor must be an active supervisor", async () => {
    const inactiveSupervisor = await addUser(admin, "supervisor");
    await setUserActive(admin, { userId: inactiveSupervisor.id, active: false });
    const before = await rowCount(db, users);
    for (const supervisorId of [therapist.id, admin.actor.id, inactiveSupervisor.id, "no-such-user"]) {
      const error = await rejectionOf(createUser(admin, newUser({ supervisorId })));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { supervisorId: ["Choose an active supervisor from the list."] } });
    }
    expect(await rowCount(db, users)).toBe(before);
    expect(await rejectionOf(updateUser(admin, changes(therapist.id, { supervisorId: therapist.id })))).toMatchObject({
      fieldErrors: { supervisorId: ["A user cannot supervise themselves."] },
    });
  });

  it("the last active admin can be neither demoted nor deactivated", async () => {
    const demote = await rejectionOf(updateUser(admin, changes(admin.actor.id, { role: "supervisor" })));
    expect(demote).toMatchObject({ code: "VALIDATION", fieldErrors: { role: ["The practice needs at least one active admin."] } });
    const deactivateSelf = await rejectionOf(setUserActive(admin, { userId: admin.actor.id, active: false }));
    expect(deactivateSelf).toMatchObject({ code: "CONFLICT", message: "You cannot deactivate your own account." });
    expect(await userRow(db, admin.actor.id)).toMatchObject({ role: "admin", active: true });
  });

  it("two admins deactivating each other at once leave one admin active", async () => {
    const second = asActor(await contextOf(db, (await addUser(admin, "admin")).id));
    await setUserActive(second, { userId: admin.actor.id, active: false });
    // `admin` acts on a context read before its own deactivation, as a concurrent request would.
    const error = await rejectionOf(setUserActive(admin, { userId: second.actor.id, active: false }));
    expect(error).toMatchObject({ code: "CONFLICT", message: "The practice needs at least one active admin." });
    expect((await userRow(db, second.actor.id))?.active).toBe(true);
  });

  it("a supervisor with therapists keeps the role until they are reassigned", async () => {
    const error = await rejectionOf(updateUser(admin, changes(supervisor.id, { role: "therapist" })));
    expect(error).toMatchObject({ fieldErrors: { role: ["Assign this supervisor's therapists to someone else first."] } });
  });
});

describe("changing one's own password", () => {
  it("with the wrong current password fails on that field, keeps the password, and is audited as a failure", async () => {
    const me = asActor(await contextOf(db, therapist.id));
    const before = { hash: (await userRow(db, therapist.id))?.passwordHash, audit: await rowCount(db, auditEvents) };
    const input = { currentPassword: "not-my-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" };
    const error = await rejectionOf(changeOwnPassword(me, input));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { currentPassword: ["The current password is not correct."] } });
    expect({ hash: (await userRow(db, therapist.id))?.passwordHash, audit: await rowCount(db, auditEvents) }).toEqual({ ...before, audit: before.audit + 1 });
    expect(await lastAudit(db)).toMatchObject({ action: "user.password_check_failed", entityId: therapist.id, outcome: "failure" });
  });

  it("five wrong current passwords lock the account like five failed sign-ins; then even the right one is refused", async () => {
    const me = asActor(await contextOf(db, therapist.id));
    const wrong = { currentPassword: "not-my-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" };
    await Promise.all(Array.from({ length: 5 }, () => rejectionOf(changeOwnPassword(me, wrong))));
    expect((await auditRows(db)).filter((row) => row.action === "auth.lockout" && row.entityId === therapist.id)).toHaveLength(1);
    const right = { ...wrong, currentPassword: therapist.temporaryPassword };
    await expect(changeOwnPassword(me, right)).rejects.toMatchObject({ code: "LOCKED" });
    expect((await getUser(admin, therapist.id)).locked).toBe(true);
  });

  it("with the right one replaces it and ends the temporary-password state", async () => {
    const me = asActor(await contextOf(db, therapist.id));
    const newPassword = "a-brand-new-password";
    await changeOwnPassword(me, { currentPassword: therapist.temporaryPassword, newPassword, confirmPassword: newPassword });
    expect((await userRow(db, therapist.id))?.mustChangePassword).toBe(false);
    expect(await lastAudit(db)).toMatchObject({ action: "user.password_changed", entityId: therapist.id, actorId: therapist.id });
    expect(await verifyPassword((await userRow(db, therapist.id))?.passwordHash ?? "", newPassword)).toBe(true);
  });
});
