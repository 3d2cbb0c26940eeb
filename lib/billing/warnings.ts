import { codeLabel, describeCode } from "./describe";
import { EM_ADD_ON_CODES } from "./thresholds";
import type { BillingWarning } from "./types";
import {
  AUDIO_ONLY_NOT_HOME,
  BELOW_CRISIS_MINIMUM,
  BELOW_MINIMUM,
  COUNTED_PAST_MIDNIGHT,
  CROSSES_MIDNIGHT,
  EM_ADD_ON,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
} from "./warning-codes";
import type { WarningCode } from "./warning-codes";

function minutes(count: number): string {
  return count === 1 ? "1 minute" : `${count} minutes`;
}

/**
 * Warnings a time-table row carries; `nextAtMinutes` is where the row's limitation ends and
 * `billedCode` the code the row bills (90832, or +90833 on a day with an E/M visit).
 */
export function timeTableWarning(
  code: WarningCode,
  totalMinutes: number,
  nextAtMinutes: number | undefined,
  billedCode = "90832",
): BillingWarning {
  const documented = `${minutes(totalMinutes)} of crisis time counted`;
  const limit = nextAtMinutes === undefined ? "" : ` ${nextAtMinutes}`;
  switch (code) {
    case BELOW_MINIMUM:
      return {
        code,
        message: `${documented}; psychotherapy under${limit} minutes cannot be billed.`,
      };
    case BELOW_CRISIS_MINIMUM:
      return {
        code,
        message: `${documented}; crisis codes need at least${limit} minutes, so this is billed as ${describeCode(billedCode)}.`,
      };
    default:
      return { code, message: documented };
  }
}

/**
 * BILLING-RULES §1: say how many minutes the date line cost. The count is the drop in billable
 * minutes (whole minutes of all time minus whole minutes counted), which is what the clinician
 * loses; when less than a minute fell outside, that is said in words rather than "0 minutes".
 */
export function crossesMidnightWarning(
  leftOutMinutes: number,
  dateOfService: string,
  timeZone: string,
): BillingWarning {
  const amount = leftOutMinutes === 0 ? "Less than a minute" : minutes(leftOutMinutes);
  const verb = leftOutMinutes > 1 ? "were" : "was";
  return {
    code: CROSSES_MIDNIGHT,
    message: `${amount} of this time fell outside the date of service (${dateOfService}, ${timeZone}) and ${verb} not counted.`,
  };
}

/**
 * BILLING-RULES §8, midnight policy `start_date`: the payer bills continuous time on the date it
 * began, so nothing is lost, but the note's clock times run into the next date while the claim
 * shows one date. Said once, so a reviewer comparing the two knows why.
 */
export function countedPastMidnightWarning(
  countedMinutes: number,
  dateOfService: string,
  timeZone: string,
): BillingWarning {
  const amount = countedMinutes === 0 ? "Less than a minute" : minutes(countedMinutes);
  const verb = countedMinutes > 1 ? "were" : "was";
  return {
    code: COUNTED_PAST_MIDNIGHT,
    message: `${amount} of this time ran past local midnight and ${verb} counted on the date the contact began (${dateOfService}, ${timeZone}): this payer bills continuous time on its start date.`,
  };
}

/** BILLING-RULES §8, Medicare: audio-only mental health telehealth is paid only to a client at home. */
export function audioOnlyNotHomeWarning(): BillingWarning {
  return {
    code: AUDIO_ONLY_NOT_HOME,
    message:
      "This audio-only contact does not record the client as being at home; Medicare pays for audio-only mental health care only when the client is at home. Use video if possible, or record that the client was at home if they were.",
  };
}

/** BILLING-RULES §8: with an E/M visit the same day, short psychotherapy is the add-on to that visit. */
export function emAddOnWarning(emCodes: readonly string[]): BillingWarning {
  const [was, visit] = emCodes.length === 1 ? ["was", "an E/M visit"] : ["were", "E/M visits"];
  return {
    code: EM_ADD_ON,
    message: `${emCodes.join(", ")} ${was} billed for this client on the same date (${visit}), so this psychotherapy is reported as the add-on to that visit, ${codeLabel(EM_ADD_ON_CODES["90832"])}, instead of 90832.`,
  };
}

/** BILLING-RULES §4 (crisis lines) and §8 (every line): `against` names the codes billed here. */
export function sameDayConflictWarning(codes: readonly string[], against = "90839/90840"): BillingWarning {
  const [was, them] = codes.length === 1 ? ["was", "it"] : ["were", "them"];
  return {
    code: SAME_DAY_CONFLICT,
    message: `${codes.join(", ")} ${was} billed for this client on the same date; the same clinician cannot report ${them} together with ${against}.`,
  };
}

/**
 * BILLING-RULES §4 as reworded by §8: a review prompt, not a rule that a booked visit can never
 * be a crisis. Published coding advice bills a scheduled session as crisis psychotherapy when the
 * client turned out to be in crisis during it, so the note has to show that the crisis was real.
 */
export function scheduledVisitWarning(): BillingWarning {
  return {
    code: SCHEDULED_VISIT,
    message:
      "This contact is marked as a pre-scheduled visit. Crisis codes are meant for unscheduled, urgent need: they fit a scheduled visit only when a genuine crisis arose during it, and the note must say why.",
  };
}
