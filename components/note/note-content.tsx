import { IN_PERSON_PLACES_OF_SERVICE } from "@/lib/billing/place-of-service";
import { CONTACT_START_LABELS, DISPOSITIONS, INTERVENTIONS} from "@/lib/notes/choices";
import { MODALITY_LABELS } from "@/lib/billing/modalities";
import { getDiagnosis } from "@/lib/diagnoses";
import { noteSectionTitle } from "@/lib/notes/sections";
import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta } from "@/lib/validation/session";
import { Facts, ReadOnlySection } from "./read-only";
import { RiskContent } from "./risk-content";

const setting = (meta: SessionMeta): string =>
  meta.modality === "in_person"
    ? (IN_PERSON_PLACES_OF_SERVICE[meta.placeOfService as keyof typeof IN_PERSON_PLACES_OF_SERVICE] ?? meta.placeOfService)
    : meta.clientAtHome
      ? "Client at home"
      : "Client not at home";

/** The whole note body, read-only, in the order of the form (signed view and print view). */
export function NoteContent({ meta, note }: { meta: SessionMeta; note: NoteBody }) {
  return (
    <>
      <ReadOnlySection title={noteSectionTitle("contact")}>
        <Facts
          items={[
            ["How the contact started", CONTACT_START_LABELS[meta.contactStart]],
            ["Modality", MODALITY_LABELS[meta.modality]],
            ["Setting", setting(meta)],
            ...(meta.modality === "audio_only" ? [["Why video was not used", meta.audioOnlyReason] as const] : []),
          ]}
        />
      </ReadOnlySection>
      <ReadOnlySection title={noteSectionTitle("presentation")}>
        <Facts
          items={[
            ["Precipitant", note.presentation.precipitant],
            ["Current state", note.presentation.currentState],
            ["Why this could not wait", note.presentation.whyUrgent],
          ]}
        />
      </ReadOnlySection>
      <RiskContent note={note} />
      <ReadOnlySection title={noteSectionTitle("interventions")}>
        <Facts
          items={[
            ["Interventions used", note.interventions.map((id) => INTERVENTIONS[id]).join("\n")],
            ["Interventions: details", note.interventionsDetail],
            ["Resources mobilised", note.resources],
            ["Client's response", note.clientResponse],
          ]}
        />
      </ReadOnlySection>
      <ReadOnlySection title={noteSectionTitle("disposition")}>
        <Facts
          items={[
            ["Disposition", note.disposition ? DISPOSITIONS[note.disposition] : null],
            ["Disposition: details", note.dispositionDetail],
            ["Follow-up plan", note.followUp.plan],
            ["Follow-up date", note.followUp.date],
          ]}
        />
      </ReadOnlySection>
      <ReadOnlySection title={noteSectionTitle("coding")}>
        <Facts
          items={[
            ["Diagnoses (primary first)", note.diagnoses.map((code) => `${code}${getDiagnosis(code) ? ` ${getDiagnosis(code)?.title}` : ""}`).join("\n")],
            ["Other services billed today", note.sameDayCodes.join(", ")],
          ]}
        />
      </ReadOnlySection>
    </>
  );
}
