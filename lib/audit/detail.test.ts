import { describe, expect, it } from "vitest";
import { auditDetailLine, describeAuditDetail } from "./detail";

describe("audit details for people", () => {
  it("reads keys and keywords as words, booleans as yes/no, instants in the practice's zone", () => {
    expect(describeAuditDetail(JSON.stringify({ reason: "wrong_password", supervised: true, superviseeId: null, lockedUntil: "2026-03-08T08:30:00.000Z" }), "America/Chicago")).toEqual([
      { label: "Reason", value: "wrong password" },
      { label: "Supervised", value: "Yes" },
      { label: "Supervisee id", value: "—" },
      { label: "Locked until", value: "Mar 8, 2026, 3:30:00 AM CDT" },
    ]);
  });

  it("shows nothing for an empty detail, and an unreadable one as stored", () => {
    expect(describeAuditDetail("{}", "UTC")).toEqual([]);
    expect(describeAuditDetail("not json", "UTC")).toEqual([{ label: "Detail", value: "not json" }]);
    expect(describeAuditDetail("[1,2]", "UTC")).toEqual([{ label: "Detail", value: "[1,2]" }]);
  });

  it("joins into one line for a CSV cell", () => {
    expect(auditDetailLine(JSON.stringify({ fields: "name,role", role: "therapist" }), "UTC")).toBe("Fields changed: name,role; Role: therapist");
  });
});
