import { describe, expect, it } from "vitest";
import { NOTE_STATUSES, REVIEW_MODES } from "./status";
import { type ReviewDecision, assertReviewMove, isAwaitingReview, reviewAge, statusAfterReview, statusAfterSigning } from "./review";

describe("signing", () => {
  it.each([
    [{ hasSupervisor: false, mode: "cosign_required" }, "final"],
    [{ hasSupervisor: false, mode: "review_after_signing" }, "final"],
    [{ hasSupervisor: true, mode: "cosign_required" }, "pending_review"],
    [{ hasSupervisor: true, mode: "review_after_signing" }, "final"],
  ] as const)("%o → %s", (supervision, status) => {
    expect(statusAfterSigning(supervision)).toBe(status);
  });

  it("only a submission leaves a note in the queue", () => {
    expect(isAwaitingReview("submitted")).toBe(true);
    for (const kind of ["approved", "returned", "commented", null] as const) expect(isAwaitingReview(kind)).toBe(false);
  });
});

describe("review moves: every allowed and refused one", () => {
  const decisions: ReviewDecision[] = ["approve", "return", "comment"];
  const allowed = new Set(["pending_review:approve", "pending_review:return", "final:comment"]);

  for (const status of NOTE_STATUSES) {
    for (const awaitingReview of [true, false]) {
      for (const decision of decisions) {
        const ok = awaitingReview && allowed.has(`${status}:${decision}`);
        it(`${status}, ${awaitingReview ? "awaiting review" : "not awaiting"}, ${decision} → ${ok ? "allowed" : "CONFLICT"}`, () => {
          const move = () => assertReviewMove({ status, awaitingReview }, decision);
          if (ok) expect(move).not.toThrow();
          else expect(move).toThrow(expect.objectContaining({ code: "CONFLICT" }));
        });
      }
    }
  }

  it("approve makes a note final, return makes it editable again, a comment changes nothing", () => {
    expect(statusAfterReview("approve", "pending_review")).toBe("final");
    expect(statusAfterReview("return", "pending_review")).toBe("returned");
    expect(statusAfterReview("comment", "final")).toBe("final");
  });

  it("covers both modes", () => {
    expect(REVIEW_MODES).toEqual(["cosign_required", "review_after_signing"]);
  });
});

describe("review age", () => {
  const submitted = "2026-11-20T15:00:00.000Z";
  it.each([
    ["2026-11-20T20:00:00.000Z", 3, 0, false],
    ["2026-11-22T14:59:59.000Z", 3, 1, false],
    ["2026-11-23T15:00:00.000Z", 3, 3, true],
    ["2026-11-21T15:00:00.000Z", 1, 1, true],
    ["2026-11-19T15:00:00.000Z", 3, 0, false],
  ] as const)("at %s with %i days due: %i days, overdue %s", (now, due, days, overdue) => {
    expect(reviewAge(submitted, new Date(now), due)).toEqual({ days, isOverdue: overdue });
  });
});
