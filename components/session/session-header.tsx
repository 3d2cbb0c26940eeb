import { Card } from "@/components/ui/card";
import type { SessionView } from "@/db/sessions";
import { CONTACT_START_LABELS} from "@/lib/notes/choices";
import { MODALITY_LABELS } from "@/lib/billing/modalities";
import { NOTE_STATUS_LABELS } from "@/lib/notes/lifecycle";

export function SessionHeader({ session }: { session: SessionView }) {
  return (
    <Card aria-labelledby="session-heading">
      <h1 id="session-heading" className="text-2xl font-bold">
        Crisis session · {session.client.name}
      </h1>
      <dl className="mt-3 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <dt className="font-semibold">Date of birth</dt>
        <dd>{session.client.dateOfBirth}</dd>
        <dt className="font-semibold">Date of service</dt>
        <dd>{session.dateOfService ?? "Not yet (no time recorded)"}</dd>
        <dt className="font-semibold">Contact</dt>
        <dd>
          {MODALITY_LABELS[session.meta.modality]} · {CONTACT_START_LABELS[session.meta.contactStart]}
        </dd>
        <dt className="font-semibold">Status</dt>
        <dd>{NOTE_STATUS_LABELS[session.status]}</dd>
        <dt className="font-semibold">Client phone</dt>
        <dd>{session.client.phone ? <a href={`tel:${session.client.phone}`} className="text-brand-700 underline">{session.client.phone}</a> : "Not recorded"}</dd>
        <dt className="font-semibold">Emergency contact</dt>
        <dd>
          {session.client.emergencyContactName ? (
            <>
              {session.client.emergencyContactName}
              {session.client.emergencyContactRelation ? ` (${session.client.emergencyContactRelation})` : ""}
              {session.client.emergencyContactPhone ? (
                <>
                  {" · "}
                  <a href={`tel:${session.client.emergencyContactPhone}`} className="text-brand-700 underline">
                    {session.client.emergencyContactPhone}
                  </a>
                </>
              ) : null}
            </>
          ) : (
            "Not recorded"
          )}
        </dd>
      </dl>
    </Card>
  );
}
