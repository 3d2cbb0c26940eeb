import { tryComputeCrisisBilling } from "@/lib/billing";
import type { BillingResult, Modality, PayerInput } from "@/lib/billing";
import { type Segment, effectiveNow } from "./timer";

/**
 * The live lines of the timer's billing card, apart from the timer itself so the billing engine
 * loads with the card, after the note page is usable.
 */
type Meta = { modality: Modality; placeOfService: string; clientAtHome: boolean; contactStart: string };

export type LiveBilling = { ok: true; result: BillingResult } | { ok: false; message: string };

/** The same engine the sign action uses, so the live lines never disagree with the signed ones. */
export function liveBilling(input: {
  segments: readonly Segment[];
  timeZone: string;
  nowMs: number;
  meta: Meta;
  /** The client's payer (BILLING-RULES §8); omitted, today's CPT rules. */
  payer?: PayerInput;
  /** Other services billed to the client that day, from the note. */
  sameDayCodes?: readonly string[];
}): LiveBilling {
  const { segments, timeZone, meta } = input;
  const attempt = tryComputeCrisisBilling({
    segments,
    timeZone,
    now: new Date(effectiveNow(segments, input.nowMs)).toISOString(),
    modality: meta.modality,
    clientAtHome: meta.clientAtHome,
    placeOfService: meta.placeOfService,
    // BILLING-RULES §4: a pre-scheduled routine visit carries SCHEDULED_VISIT.
    scheduledVisit: meta.contactStart === "scheduled_follow_up",
    ...(input.sameDayCodes?.length ? { sameDayCodes: input.sameDayCodes } : {}),
    ...(input.payer ? { payer: input.payer } : {}),
  });
  return attempt.ok ? attempt : { ok: false, message: attempt.error.message };
}
