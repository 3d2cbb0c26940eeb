import { z } from "./zod";
import { IN_PERSON_PLACES_OF_SERVICE } from "@/lib/billing/place-of-service";
import { timeZoneField } from "./common";
import { practiceNameField } from "./setup";

const placeCodes = Object.keys(IN_PERSON_PLACES_OF_SERVICE) as [string, ...string[]];

export const IDLE_TIMEOUT_RANGE = { min: 2, max: 60 } as const;

export const practiceSettingsSchema = z.object({
  name: practiceNameField,
  timeZone: timeZoneField,
  idleTimeoutMinutes: z
    .number({ error: "Enter the idle time-out in minutes." })
    .int("Use whole minutes.")
    .min(IDLE_TIMEOUT_RANGE.min, `At least ${IDLE_TIMEOUT_RANGE.min} minutes.`)
    .max(IDLE_TIMEOUT_RANGE.max, `At most ${IDLE_TIMEOUT_RANGE.max} minutes.`),
  defaultPlaceOfService: z.enum(placeCodes, { error: "Choose a place of service." }),
  reviewDueDays: z
    .number({ error: "Enter the number of days a supervisor has to review a note." })
    .int("Use whole days.")
    .min(1, "At least 1 day.")
    .max(30, "At most 30 days."),
});
