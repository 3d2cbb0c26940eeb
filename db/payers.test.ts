import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { IN_PERSON, completeNote } from "@/lib/notes/test-support";
import { createPayerSchema, updatePayerSchema } from "@/lib/validation/payer";
import { updateClient } from "./clients";
import { saveDraft, signSession } from "./notes";
import { createPayer, listPayerOptions, listPayers, setPayerActive, updatePayer } from "./payers";
import { billingLines } from "./tables";
import { addSegment } from "./segments";
import { getSession, startSession } from "./sessions";
import { auditRowsSince, clinic, draftFor, lastSeq, yesterday } from "./test-support";

const medicareId = async (ctx: Awaited<ReturnType<typeof clinic>>["admin"]) => (await listPayers(ctx)).find((p) => p.name === "Medicare")?.id ?? "";

const clientUpdate = (clientId: string, changes: Record<string, unknown> = {}) => ({
  clientId,
  name: "Robin Client",
  dateOfBirth: "1990-05-01",
  externalId: "MRN-1",
  pronouns: null,
  phone: null,
  address: null,
  emergencyContactName: null,
  emergencyContactRelation: null,
  emergencyContactPhone: null,
  payerId: null,
  memberId: null,
  groupNumber: null,
  ...changes,
});

describe("payers", () => {
  it("a practice starts with Commercial (CPT rules), Medicare and Self-pay, with their rule sets' defaults", async () => {
    const { admin } = await clinic();
    const payers = await listPayers(admin);
    expect(payers.map((p) => [p.name, p.ruleSet, p.videoModifier, p.nonOfficeCrisisSites])).toEqual([
      ["Commercial (CPT rules)", "cpt", "95", ""],
      ["Medicare", "medicare", "", "03,04,12,13,14,15,16,27"],
      ["Self-pay", "cpt", "95", ""],
    ]);
  });

  it("admins add, change and deactivate payers (never delete), audited; clinicians are refused", async () => {
    const { db, admin, therapist } = await clinic();
    const before = await lastSeq(db);
    const input = createPayerSchema.parse({ name: "Blue Plan", ruleSet: "cpt", videoModifier: "95", audioOnlyModifier: "93", nonOfficeCrisisSites: "", midnight: "start_date", claimsPayerId: "BP001", supervisedNpi: "both" });
    const { payerId } = await createPayer(admin, input);
    await updatePayer(admin, updatePayerSchema.parse({ ...input, payerId, audioOnlyModifier: "fq" }));
    await setPayerActive(admin, { payerId, active: false });
    expect((await listPayerOptions(therapist)).map((p) => p.name)).not.toContain("Blue Plan");
    expect((await auditRowsSince(db, before)).map((r) => [r.action, r.detail])).toEqual([
      ["payer.created", JSON.stringify({ ruleSet: "cpt" })],
      ["payer.changed", JSON.stringify({ fields: "audioOnlyModifier" })],
      ["payer.deactivated", "{}"],
    ]);
    await expect(createPayer(therapist, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createPayer(admin, input)).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { name: ["A payer with this name already exists."] } });
  });

  it("refuses malformed settings in the schema", () => {
    const bad = createPayerSchema.safeParse({ name: "", ruleSet: "aetna", videoModifier: "955", audioOnlyModifier: "9", nonOfficeCrisisSites: "12, home", midnight: "later", supervisedNpi: "nobody" });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error?.flatten().fieldErrors ?? {}).sort()).toEqual(["audioOnlyModifier", "midnight", "name", "nonOfficeCrisisSites", "ruleSet", "supervisedNpi", "videoModifier"]);
  });
});

describe("signing under the client's payer", () => {
  it("a Medicare client seen at home for 80 minutes bills G0017 + G0018 ×1; the lines keep payer, rule set and diagnoses when the payer changes later", async () => {
    const { db, admin, other } = await clinic();
    const { clientId } = await draftFor(other);
    const medicare = await medicareId(admin);
    await updateClient(other, clientUpdate(clientId, { payerId: medicare, memberId: "1EG4-TE5-MK72" }));
    const home = { ...IN_PERSON, placeOfService: "12" };
    const { sessionId } = await startSession(other, { clientId, ...home, startTimer: false });
    await addSegment(other, { sessionId, start: `${yesterday()}T18:00`, end: `${yesterday()}T19:20` });
    const { version } = await saveDraft(other, { sessionId, version: 1, meta: home, timesAttested: true, note: completeNote({ diagnoses: ["F43.0", "R45.851"] }) });
    const outcome = await signSession(other, { sessionId, version });
    expect(outcome.lines.map((l) => `${l.code}x${l.units}`)).toEqual(["G0017x1", "G0018x1"]);
    const stored = async () => (await db.select().from(billingLines).where(eq(billingLines.clientId, clientId)));
    expect((await stored()).map((l) => [l.code, l.payerName, l.ruleSet, l.diagnosisCodes])).toEqual([
      ["G0017", "Medicare", "medicare", "F43.0,R45.851"],
      ["G0018", "Medicare", "medicare", "F43.0,R45.851"],
    ]);
    // A later change to the payer never rewrites history.
    const payer = (await listPayers(admin)).find((p) => p.id === medicare);
    if (!payer) throw new Error("no Medicare");
    await updatePayer(admin, updatePayerSchema.parse({ ...payer, claimsPayerId: payer.claimsPayerId ?? "", payerId: medicare, nonOfficeCrisisSites: "" }));
    expect((await stored()).map((l) => l.code)).toEqual(["G0017", "G0018"]);
    expect((await getSession(other, sessionId)).billedUnder).toEqual({ payerName: "Medicare", ruleSet: "medicare", diagnosisCodes: ["F43.0", "R45.851"] });
  });

  it("other services on the note feed the day: 25 minutes with a same-day 99213 bill +90833 with EM_ADD_ON", async () => {
    const { admin, other } = await clinic();
    const { clientId } = await draftFor(other);
    await updateClient(other, clientUpdate(clientId, { payerId: (await listPayers(admin)).find((p) => p.name === "Commercial (CPT rules)")?.id }));
    const { sessionId } = await startSession(other, { clientId, ...IN_PERSON, startTimer: false });
    await addSegment(other, { sessionId, start: `${yesterday()}T09:00`, end: `${yesterday()}T09:25` });
    const { version } = await saveDraft(other, { sessionId, version: 1, meta: IN_PERSON, timesAttested: true, note: completeNote({ sameDayCodes: ["99213"] }) });
    const outcome = await signSession(other, { sessionId, version });
    expect(outcome.lines.map((l) => l.code)).toEqual(["90833"]);
    expect((await getSession(other, sessionId)).billingWarnings.map((w) => w.code)).toContain("EM_ADD_ON");
  });

  it("a new note for the client starts with the diagnoses of the clinician's last signed one", async () => {
    const { other } = await clinic();
    const { clientId, sessionId, version } = await draftFor(other, { segments: [["09:00", "09:40"]], complete: true });
    await signSession(other, { sessionId, version });
    const next = await startSession(other, { clientId, ...IN_PERSON, startTimer: false });
    expect((await getSession(other, next.sessionId)).note.diagnoses).toEqual(["F43.0"]);
  });
});
