import { describe, expect, it } from "vitest";
import type { AuditLogRow } from "@/db/audit-log";
import { AUDIT_CSV_HEADER, auditCsvChunk, auditCsvRow } from "./csv";

const row: AuditLogRow = {
  seq: 7,
  at: "2026-03-08T08:30:00.000Z",
  actorId: "u-1",
  actorName: "=HYPERLINK(\"http://evil.example\")",
  action: "user.password_reset",
  entityType: "user",
  entityId: "u-2",
  subjectName: "Tess, Therapist",
  clientId: null,
  outcome: "success",
  ip: "+1",
  detail: "{}",
};

describe("the audit report's CSV", () => {
  it("writes readable cells in header order, every typed cell neutralised as a formula", () => {
    const cells = auditCsvRow(row, "America/Chicago");
    expect(cells).toHaveLength(AUDIT_CSV_HEADER.length);
    expect(cells).toEqual([
      "7",
      "Mar 8, 2026, 3:30:00 AM CDT",
      "2026-03-08T08:30:00.000Z",
      "'=HYPERLINK(\"http://evil.example\")",
      "Password reset by an admin",
      "user.password_reset",
      "Tess, Therapist",
      "User",
      "u-2",
      "Success",
      "'+1",
      "",
    ]);
  });

  it("quotes commas and quotes, and ends every record in CRLF", () => {
    expect(auditCsvChunk([row], "UTC")).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(auditCsvChunk([row], "UTC")).toContain('"Tess, Therapist"');
    expect(auditCsvChunk([row], "UTC").endsWith("\r\n")).toBe(true);
  });
});
