import type { BillingWarning } from "./types";
import {
  BELOW_CRISIS_MINIMUM,
  BELOW_MINIMUM,
  CROSSES_MIDNIGHT,
  SAME_DAY_CONFLICT,
  SCHEDULED_VISIT,
} from "./warning-codes";
import type { WarningCode } from "./warning-codes";

function minutes(count: number): string {
  return count === 1 ? "1 minute" : `${count} minutes`;
}

/** Warnings a time-table row carries; `nextAtMinutes` is where the row's limitation ends. */
export function timeTableWarning(
  code: WarningCode,
  totalMinutes: number,
  nextAtMinutes: number | undefined,
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
        message: `${documented}; crisis codes need at least${limit} minutes, so this is billed as 30-minute psychotherapy (90832).`,
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
