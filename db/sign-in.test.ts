import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "./client";
import type { ActorContext, DbContext } from "./context";
import { findActiveActor, signInWithPassword } from "./sign-in";
import { endSignIn, isSignInOpen } from "./sign-ins";
import { ADMIN_PASSWORD, type AddedUser, addUser, asActor, auditRows, contextOf, lastAudit, setUpPractice } from "./test-support";
import { changeOwnPassword, getUser, resetPassword, setUserActive } from "./users";

let db: Db;
let admin: ActorContext;
let therapist: AddedUser;
let visitor: DbContext;

const attempt = async (email: string, password: string) => (await signInWithPassword(visitor, { email, password })).actor;
const failureReasons = async (userId: string | null) =>
  (await auditRows(db))
    .filter((row) => row.action === "auth.sign_in_failed" && row.entityId === userId)
    .map((row) => (JSON.parse(row.detail) as { reason: string }).reason);

beforeEach(async () => {
  ({ db, admin } = await setUpPractice());
  therapist = await addUser(admin, "therapist");
  visitor = { db, actor: null, ip: "198.51.100.9" };
});

describe("signing in with a password", () => {
  it("the right password returns the user and is audited", async () => {
    const actor = await attempt("admin@test.example", ADMIN_PASSWORD);
    expect(actor).toEqual({ id: admin.actor.id, email: "admin@test.example", name: "Ada Admin", role: "admin", mustChangePassword: false, signInId: expect.any(String) });
    expect(await isSignInOpen({ db }, actor?.signInId ?? "")).toBe(true);
    expect(await lastAudit(db)).toMatchObject({ action: "auth.sign_in", actorId: admin.actor.id, outcome: "success", ip: "198.51.100.9" });
  });

  it("a wrong password returns null and is audited with its reason", async () => {
    expect(await attempt(therapist.email, "wrong-password")).toBeNull();
    expect(await failureReasons(therapist.id)).toEqual(["wrong_password"]);
  });

  it("an unknown email returns the same null, audited without a user", async () => {
    expect(await attempt("nobody@test.example", "whatever-password")).toBeNull();
    expect(await failureReasons(null)).toEqual(["unknown_account"]);
  });

  it("a deactivated user is refused even with the right password", async () => {
    await setUserActive(admin, { userId: therapist.id, active: false });
    expect(await attempt(therapist.email, therapist.temporaryPassword)).toBeNull();
    expect(await failureReasons(therapist.id)).toEqual(["inactive"]);
    expect(await findActiveActor({ db }, therapist.id)).toBeNull();
  });
});

describe("lockout after 5 wrong passwords", () => {
  async function failFiveTimes(): Promise<unknown[]> {
    const results: unknown[] = [];
    for (let i = 0; i < 5; i += 1) results.push(await attempt(therapist.email, `wrong-password-${i}`));
    return results;
  }

  it("every failure returns null, and the 5th locks the account (audited)", async () => {
    expect(await failFiveTimes()).toEqual([null, null, null, null, null]);
    expect((await getUser(admin, therapist.id)).locked).toBe(true);
    const lockout = (await auditRows(db)).filter((row) => row.action === "auth.lockout");
    expect(lockout).toHaveLength(1);
    expect(lockout[0]).toMatchObject({ entityId: therapist.id, outcome: "failure" });
  });

  it("a locked account refuses even the right password", async () => {
    await failFiveTimes();
    expect(await attempt(therapist.email, therapist.temporaryPassword)).toBeNull();
    expect((await failureReasons(therapist.id)).at(-1)).toBe("locked");
  });

  it("only a locked account's refusals say until when: the 5th failure and every attempt while locked", async () => {
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) outcomes.push(await signInWithPassword(visitor, { email: therapist.email, password: `wrong-password-${i}` }));
    const lockout = (await auditRows(db)).find((row) => row.action === "auth.lockout");
    const { lockedUntil } = JSON.parse(lockout?.detail ?? "{}") as { lockedUntil?: string };
    expect(lockedUntil).toEqual(expect.any(String));
    expect(outcomes.map((outcome) => outcome.lockedUntil)).toEqual([null, null, null, null, lockedUntil, lockedUntil]);
    expect(await signInWithPassword(visitor, { email: "nobody@test.example", password: "whatever-password" })).toEqual({ actor: null, lockedUntil: null });
  });

  it("an email without an account locks exactly as an account does, so the message reveals nothing", async () => {
    const lockedUntils = async (email: string) => {
      const found = [];
      for (let i = 0; i < 6; i += 1) found.push((await signInWithPassword(visitor, { email, password: `wrong-password-${i}` })).lockedUntil);
      return found.map((lockedUntil) => (lockedUntil === null ? null : Math.round((Date.parse(lockedUntil) - Date.now()) / 60_000)));
    };
    const real = await lockedUntils(therapist.email);
    expect(real).toEqual([null, null, null, null, 15, 15]);
    expect(await lockedUntils("nobody@test.example")).toEqual(real);
    expect((await failureReasons(null)).every((reason) => reason === "unknown_account")).toBe(true);
  });

  it("a successful sign-in resets the count", async () => {
    for (let i = 0; i < 4; i += 1) await attempt(therapist.email, "wrong-password");
    expect(await attempt(therapist.email, therapist.temporaryPassword)).not.toBeNull();
    for (let i = 0; i < 4; i += 1) await attempt(therapist.email, "wrong-password");
    expect((await getUser(admin, therapist.id)).locked).toBe(false);
  });

  it("guesses sent at once are counted before any is checked: 20 wrong ones then the right password never sign in", async () => {
    const guesses = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(therapist.email, `concurrent-wrong-${i}`)));
    expect(guesses.every((result) => result === null)).toBe(true);
    expect(await attempt(therapist.email, therapist.temporaryPassword)).toBeNull();
    expect((await getUser(admin, therapist.id)).locked).toBe(true);
    // Only the first five guesses were compared with the hash; the rest were refused as locked.
    const reasons = await failureReasons(therapist.id);
    expect(reasons.filter((reason) => reason === "wrong_password")).toHaveLength(5);
    expect(reasons.filter((reason) => reason === "locked")).toHaveLength(16);
  });

  it("the right password among concurrent guesses signs in only within the five-attempt budget", async () => {
    const guesses = Array.from({ length: 20 }, (_, i) => (i === 12 ? therapist.temporaryPassword : `concurrent-wrong-${i}`));
    const results = await Promise.all(guesses.map((password) => attempt(therapist.email, password)));
    expect(results.every((result) => result === null)).toBe(true);
  });
});

describe("ending sign-ins", () => {
  const signInAs = async (email: string, password: string) => {
    const actor = await attempt(email, password);
    if (!actor) throw new Error("sign-in failed");
    return actor.signInId;
  };

  it("sign-out ends that sign-in only", async () => {
    const first = await signInAs("admin@test.example", ADMIN_PASSWORD);
    const second = await signInAs("admin@test.example", ADMIN_PASSWORD);
    await endSignIn({ db }, first);
    expect([await isSignInOpen({ db }, first), await isSignInOpen({ db }, second)]).toEqual([false, true]);
  });

  it("a password change ends the user's other sign-ins; an admin's reset or a deactivation ends them all", async () => {
    const here = await signInAs(therapist.email, therapist.temporaryPassword);
    const elsewhere = await signInAs(therapist.email, therapist.temporaryPassword);
    const me = { ...asActor(await contextOf(db, therapist.id)), signInId: here };
    await changeOwnPassword(me, { currentPassword: therapist.temporaryPassword, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" });
    expect([await isSignInOpen({ db }, here), await isSignInOpen({ db }, elsewhere)]).toEqual([true, false]);
    await resetPassword(admin, therapist.id);
    expect(await isSignInOpen({ db }, here)).toBe(false);
    const { temporaryPassword } = await resetPassword(admin, therapist.id);
    const again = await signInAs(therapist.email, temporaryPassword);
    await setUserActive(admin, { userId: therapist.id, active: false });
    expect(await isSignInOpen({ db }, again)).toBe(false);
  });
});
