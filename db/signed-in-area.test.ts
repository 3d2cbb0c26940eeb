import { describe, expect, it } from "vitest";
import { countReviewQueue, reviewNote } from "./reviews";
import { getSignedInArea } from "./signed-in-area";
import { asActor, clinic, contextOf, signedNoteFor } from "./test-support";
import { getResetNotice, resetPassword } from "./users";

describe("the signed-in area's frame", () => {
  it("gives a supervisor their queue badge (as countReviewQueue counts it), other roles none", async () => {
    const { supervisor, therapist, admin, other } = await clinic();
    expect(await getSignedInArea(supervisor)).toEqual({ reviewCount: 0, resetNotice: null });
    const first = await signedNoteFor(therapist);
    await signedNoteFor(therapist);
    await signedNoteFor(other); // not supervised: never in a queue
    expect(await getSignedInArea(supervisor)).toEqual({ reviewCount: 2, resetNotice: null });
    await reviewNote(supervisor, { sessionId: first.sessionId, version: first.version + 1, decision: "approve", comment: "" });
    expect((await getSignedInArea(supervisor)).reviewCount).toBe(await countReviewQueue(supervisor));
    expect((await getSignedInArea(supervisor)).reviewCount).toBe(1);
    for (const ctx of [therapist, admin, other]) expect((await getSignedInArea(ctx)).reviewCount).toBeNull();
  });

  it("carries an admin's password reset, as getResetNotice reads it", async () => {
    const { db, admin, therapist } = await clinic();
    await resetPassword(admin, therapist.actor.id);
    const after = asActor(await contextOf(db, therapist.actor.id));
    const area = await getSignedInArea(after);
    expect(area.resetNotice).toEqual(await getResetNotice(after));
    expect(area.resetNotice).toMatchObject({ resetByName: admin.actor.name });
  });
});
