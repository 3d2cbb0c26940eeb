import type { SessionView } from "@/db/sessions";
import { getGuidance } from "@/lib/guidance";
import { crisisGuidancePanel } from "@/lib/notes/guidance-panel";
import { countedMinutes } from "./counted-minutes";
import { NoteForm } from "./note-form";

/**
 * The editable note. A server component so the guidance library stays on the server: the form
 * receives only the panel it shows and the safety-plan template steps.
 */
export function NoteEditor({ session }: { session: SessionView }) {
  const panel = crisisGuidancePanel();
  const steps = getGuidance("90839")?.safetyPlanTemplate?.steps ?? [];
  // The billing engine counts the minutes here, so the form's browser code does without it.
  return <NoteForm session={session} panel={panel} steps={[...steps]} minutes={countedMinutes(session.segments, session.timeZone)} />;
}
