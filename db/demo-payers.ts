import "server-only";
import { completeNote } from "@/lib/notes/test-support";
import { getClient, updateClient } from "./clients";
import type { ActorContext } from "./context";
import { signedDemoNote } from "./demo-reviews";
import { listPayerOptions } from "./payers";

const PAYER_ORDER = ["Commercial (CPT rules)", "Medicare", "Self-pay"];

/** Puts the demo clients on the starter payers in turn, with member ids, and an emergency contact. */
export async function assignDemoPayers(clinician: ActorContext, clientIds: string[]): Promise<void> {
  const payers = await listPayerOptions(clinician);
  for (const [index, clientId] of clientIds.entries()) {
    const client = await getClient(clinician, clientId);
    const payer = payers.find((p) => p.name === PAYER_ORDER[index % PAYER_ORDER.length]);
    const insured = payer && payer.name !== "Self-pay";
    await updateClient(clinician, {
      clientId,
      name: client.name,
      dateOfBirth: client.dateOfBirth,
      externalId: client.externalId,
      pronouns: null,
      phone: `555-01${String(20 + index).padStart(2, "0")}`,
      address: null,
      emergencyContactName: "Alex (demo contact)",
      emergencyContactRelation: "sibling",
      emergencyContactPhone: `555-01${String(60 + index).padStart(2, "0")}`,
      payerId: payer?.id ?? null,
      memberId: insured ? `DEMO-${String(1000 + index)}` : null,
      groupNumber: null,
    });
  }
}

/** The independent demo therapist's Medicare client, seen at home and on the street: G0017/G0018. */
export async function seedDemoMedicareVisits(therapist: ActorContext, medicareClientId: string, timeZone: string): Promise<void> {
  const away = (placeOfService: string) => ({ modality: "in_person" as const, placeOfService, clientAtHome: false, audioOnlyReason: "", contactStart: "mobile_outreach" as const });
  await signedDemoNote(therapist, timeZone, { clientId: medicareClientId, daysAgo: 12, start: "20:10", end: "21:35", note: completeNote({ diagnoses: ["F43.0", "Z63.4"] }), meta: away("12") });
  await signedDemoNote(therapist, timeZone, { clientId: medicareClientId, daysAgo: 4, start: "07:40", end: "08:25", note: completeNote({ diagnoses: ["F32.1"] }), meta: away("27") });
}
