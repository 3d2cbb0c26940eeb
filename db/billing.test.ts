import { describe, expect, it } from "vitest";
import { exportBillingDays, getBillingReport, recordBillingExport } from "./billing";
import { auditRowsSince, clinic, draftFor, lastSeq, signedNoteFor, yesterday } from "./test-support";

describe("the billing report (admins)", () => {
  it("holds every client-day of the range with its lines and the notes behind it, billing fields only", async () => {
    const { db, admin, therapist, other } = await clinic();
    await signedNoteFor(other);
    await signedNoteFor(therapist);
    await draftFor(other, { segments: [["13:00", "13:20"]] });
    const before = await lastSeq(db);
    const report = await getBillingReport(admin, { from: yesterday(), to: yesterday(), status: "all" });
    expect(report.days).toHaveLength(3);
    const supervised = report.days.find((day) => day.clinician.name === "tess");
    expect(supervised).toMatchObject({ minutes: 50, lines: [{ code: "90839", units: 1 }], notes: [{ status: "pending_review" }], diagnosisCodes: ["F43.0"] });
    expect(report.days.find((day) => day.notes[0]?.status === "draft")).toMatchObject({ lines: [], minutes: 0 });
    expect(JSON.stringify(report)).not.toMatch(/Eviction|hopelessness|Sister/);
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "billing.listed", entityType: "billing_report" })]);
  });

  it("filters by clinician, and refuses unknown clinician and payer ids with a clear message", async () => {
    const { admin, therapist, other } = await clinic();
    await signedNoteFor(other);
    await signedNoteFor(therapist);
    const mine = await getBillingReport(admin, { from: yesterday(), to: yesterday(), clinicianId: other.actor.id, status: "all" });
    expect(mine.days.map((day) => day.clinician.name)).toEqual(["oscar"]);
    await expect(getBillingReport(admin, { from: yesterday(), to: yesterday(), clinicianId: "nobody", status: "all" })).rejects.toMatchObject({ code: "VALIDATION", message: expect.stringContaining("not one of the practice's users") });
    await expect(getBillingReport(admin, { from: yesterday(), to: yesterday(), payerId: "nothing", status: "all" })).rejects.toMatchObject({ code: "VALIDATION" });
  });

  it("is refused to clinicians (audited); the export streams one date at a time and is audited with its count", async () => {
    const { db, admin, therapist } = await clinic();
    await signedNoteFor(therapist);
    await expect(getBillingReport(therapist, { from: yesterday(), to: yesterday(), status: "all" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const batches = [];
    const threeDaysAgo = new Date(Date.parse(`${yesterday()}T12:00:00Z`) - 2 * 86_400_000).toISOString().slice(0, 10);
    for await (const batch of exportBillingDays(admin, { from: threeDaysAgo, to: yesterday() })) batches.push(batch);
    expect(batches.map((batch) => batch.map((day) => day.dateOfService))).toEqual([[], [], [yesterday()]]);
    const before = await lastSeq(db);
    await recordBillingExport(admin, { filters: { from: "2000-01-01", to: "2000-01-20" }, includeFlagged: false, rows: 0, completed: true });
    expect(await auditRowsSince(db, before)).toEqual([expect.objectContaining({ action: "billing.exported", outcome: "success" })]);
    const refused = exportBillingDays(therapist, { from: yesterday(), to: yesterday() });
    await expect(refused.next()).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
