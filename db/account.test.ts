import { beforeEach, describe, expect, it } from "vitest";
import type { ActorContext } from "./context";
import type { Db } from "./client";
import { signInWithPassword } from "./sign-in";
import { endMyOtherSignIns, endMySignIn, isSignInOpen, listMySignIns } from "./sign-ins";
import { type AddedUser, TEST_IP, addUser, asActor, auditRowsSince, contextOf, lastSeq, setUpPractice } from "./test-support";
import { acknowledgeResetNotice, changeOwnPassword, getResetNotice, resetPassword } from "./users";

let db: Db;
let admin: ActorContext;
let therapist: AddedUser;

beforeEach(async () => {
  ({ db, admin } = await setUpPractice());
  therapist = await addUser(admin, "therapist");
});

const signInAs = async (user: { email: string }, password: string, device: string | null = null) => {
  const { actor } = await signInWithPassword({ db, actor: null, ip: TEST_IP }, { email: user.email, password }, { device });
  if (!actor) throw new Error("sign-in failed");
  return actor.signInId;
};

/** The therapist's request context in the browser that holds `signInId`. */
const asTherapistIn = async (signInId: string) => ({ ...asActor(await contextOf(db, therapist.id)), signInId });

describe("a user's own sign-ins", () => {
  it("lists the open ones newest first, with browser and times, the current one marked", async () => {
    const laptop = await signInAs(therapist, therapist.temporaryPassword, "Firefox on Linux");
    const phone = await signInAs(therapist, therapist.temporaryPassword, "Safari on iOS");
    await signInAs({ email: "admin@test.example" }, "first-admin-password");
    const mine = await listMySignIns(await asTherapistIn(laptop));
    expect(mine.map((s) => [s.id, s.device, s.isCurrent])).toEqual([
      [phone, "Safari on iOS", false],
      [laptop, "Firefox on Linux", true],
    ]);
    expect(mine.every((s) => s.startedAt && s.lastSeenAt)).toBe(true);
  });

  it("ends another one at once (its token is refused), audited; never the current one or someone else's", async () => {
    const here = await signInAs(therapist, therapist.temporaryPassword);
    const there = await signInAs(therapist, therapist.temporaryPassword);
    const adminSignIn = await signInAs({ email: "admin@test.example" }, "first-admin-password");
    const me = await asTherapistIn(here);
    const before = await lastSeq(db);
    await endMySignIn(me, there);
    expect([await isSignInOpen({ db }, here), await isSignInOpen({ db }, there)]).toEqual([true, false]);
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.actorId, r.entityId, r.detail])).toEqual([
      ["account.sign_in_ended", therapist.id, therapist.id, JSON.stringify({ signInId: there })],
    ]);

    await expect(endMySignIn(me, here)).rejects.toMatchObject({ code: "CONFLICT" });
    const denied = await lastSeq(db);
    await expect(endMySignIn(me, adminSignIn)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await isSignInOpen({ db }, adminSignIn)).toBe(true);
    expect((await auditRowsSince(db, denied)).map((r) => [r.action, r.outcome, r.entityType])).toEqual([["auth.access_denied", "denied", "sign_in"]]);
  });

  it("ends all others and keeps this one", async () => {
    const here = await signInAs(therapist, therapist.temporaryPassword);
    const others = [await signInAs(therapist, therapist.temporaryPassword), await signInAs(therapist, therapist.temporaryPassword)];
    expect(await endMyOtherSignIns(await asTherapistIn(here))).toEqual({ ended: 2 });
    expect(await Promise.all([here, ...others].map((id) => isSignInOpen({ db }, id)))).toEqual([true, false, false]);
    expect((await listMySignIns(await asTherapistIn(here))).map((s) => s.id)).toEqual([here]);
    // Without a sign-in of its own (a script's context), nothing is ended.
    await expect(endMyOtherSignIns(asActor(await contextOf(db, therapist.id)))).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await isSignInOpen({ db }, here)).toBe(true);
  });
});

describe("the notice of an admin's password reset", () => {
  it("names the admin and the time until the user acknowledges it, audited", async () => {
    const me = asActor(await contextOf(db, therapist.id));
    expect(await getResetNotice(me)).toBeNull();
    const { temporaryPassword } = await resetPassword(admin, therapist.id);
    const notice = await getResetNotice(me);
    expect(notice).toEqual({ resetByName: "Ada Admin", resetAt: expect.any(String) });
    // Choosing a new password does not clear it: the user is told after choosing one.
    await changeOwnPassword(asActor(await contextOf(db, therapist.id)), { currentPassword: temporaryPassword, newPassword: "my-own-new-password", confirmPassword: "my-own-new-password" });
    expect(await getResetNotice(me)).toEqual(notice);
    const before = await lastSeq(db);
    await acknowledgeResetNotice(me);
    expect(await getResetNotice(me)).toBeNull();
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.entityId, r.detail])).toEqual([["user.reset_notice_seen", therapist.id, JSON.stringify({ resetAt: notice?.resetAt })]]);
    await acknowledgeResetNotice(me);
    expect(await lastSeq(db)).toBe(before + 1);
  });
});
