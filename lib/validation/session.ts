import { z } from "./zod";
import { MODALITIES } from "@/lib/billing/modalities";
import { CONTACT_STARTS } from "@/lib/notes/choices";
import { IN_PERSON_PLACES_OF_SERVICE } from "@/lib/billing/place-of-service";
import { noteBodySchema } from "./note";
import { stripHiddenCharacters } from "./text";

const placeCodes = Object.keys(IN_PERSON_PLACES_OF_SERVICE) as [string, ...string[]];
export const idField = z.string().min(1, "Missing id.").max(64, "Invalid id.");

/** How the contact happened: chosen when the session starts, editable while it is a draft. */
const sessionMetaSchema = z
  .object({
    modality: z.enum(MODALITIES, { error: "Choose how you met the client." }),
    placeOfService: z.enum(placeCodes, { error: "Choose the setting." }),
    clientAtHome: z.boolean(),
    audioOnlyReason: z.string().max(1000, "At most 1000 characters."),
    contactStart: z.enum(CONTACT_STARTS, { error: "Choose how the contact started." }),
  });
export type SessionMeta = z.infer<typeof sessionMetaSchema>;

export const startSessionSchema = sessionMetaSchema.extend({ clientId: idField });

/**
 * The start-session form and its action: which button was pressed decides `startTimer`. The
 * audio-only reason is required here, at the start, because it is asked while the clinician
 * knows it; drafts (autosave) stay lenient and signing checks it again (sign-readiness).
 * Fields that do not apply to the chosen modality are cleared so the stored row never
 * contradicts itself (BILLING-RULES §3).
 */
export const startSessionFormSchema = startSessionSchema
  .extend({ startTimer: z.boolean() })
  .refine((value) => value.modality !== "audio_only" || value.audioOnlyReason.trim() !== "", {
    path: ["audioOnlyReason"],
    error: "Say why video was not used.",
    // Checked even while other fields are still missing, so the form shows every error at once.
    when: (payload) => sessionMetaSchema.pick({ modality: true, audioOnlyReason: true }).safeParse(payload.value).success,
  })
  .transform((value) => ({
    ...value,
    clientAtHome: value.modality === "in_person" ? false : value.clientAtHome,
    audioOnlyReason: value.modality === "audio_only" ? value.audioOnlyReason.trim() : "",
  }));

/** Autosave of a draft: the whole editable state plus the version it was based on. */
export const saveDraftSchema = z.object({
  sessionId: idField,
  version: z.number().int().positive(),
  meta: sessionMetaSchema,
  timesAttested: z.boolean(),
  note: noteBodySchema,
});

/** What the note form edits: the autosave payload minus the ids the page already holds. */
export const noteFormSchema = saveDraftSchema.omit({ sessionId: true, version: true });
export type NoteFormValues = z.input<typeof noteFormSchema>;

export const sessionRefSchema = z.object({ sessionId: idField });

export const signSessionSchema = z.object({ sessionId: idField, version: z.number().int().positive() });

/** A segment typed by hand, in the practice's local time (YYYY-MM-DDTHH:mm). */
const localDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter a date and time.");
export const segmentInputSchema = z.object({
  sessionId: idField,
  start: localDateTime,
  end: localDateTime,
});
export const updateSegmentSchema = segmentInputSchema.extend({ segmentId: idField });
export const deleteSegmentSchema = z.object({ sessionId: idField, segmentId: idField });

export const addendumSchema = z.object({
  sessionId: idField,
  reason: z.string().overwrite(stripHiddenCharacters).trim().min(1, "Give the reason for the addendum.").max(500, "At most 500 characters."),
  text: z.string().overwrite(stripHiddenCharacters).trim().min(1, "Write the addendum.").max(8000, "At most 8000 characters."),
});
