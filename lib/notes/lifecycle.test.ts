import { describe, expect, it } from "vitest";
import { NOTE_STATUSES } from "@/lib/notes/status";
import { AppError } from "@/lib/errors";
import { assertNoteEditable, assertNoteSigned, isEditable, isSigned } from "./lifecycle";

describe("note lifecycle guards", () => {
  it("only drafts and returned notes are editable", () => {
    expect(NOTE_STATUSES.filter(isEditable)).toEqual(["draft", "returned"]);
    expect(NOTE_STATUSES.filter(isSigned)).toEqual(["pending_review", "final"]);
  });

  it("editing a signed note throws a CONFLICT that names the status and points to addenda", () => {
    expect(() => assertNoteEditable("draft")).not.toThrow();
    expect(() => assertNoteEditable("returned")).not.toThrow();
    for (const status of ["final", "pending_review"] as const) {
      let error: unknown;
      try {
        assertNoteEditable(status);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/locked\. Add an addendum instead\.$/) });
    }
    expect(() => assertNoteEditable("final")).toThrow("This note is signed and final and locked.");
  });

  it("addenda are for signed notes only", () => {
    expect(() => assertNoteSigned("final")).not.toThrow();
    expect(() => assertNoteSigned("pending_review")).not.toThrow();
    expect(() => assertNoteSigned("draft")).toThrow("Addenda are for signed notes.");
    expect(() => assertNoteSigned("returned")).toThrow("Addenda are for signed notes.");
  });
});
