import "server-only";
import { DateTime } from "luxon";
import { completeNote, completeSafetyPlan } from "@/lib/notes/test-support";
import type { NoteBody } from "@/lib/validation/note";
import type { SessionMeta } from "@/lib/validation/session";
import type { ActorContext } from "./context";
import { saveDraft, signSession } from "./notes";
import { getNoteForReview, reviewNote } from "./reviews";
import { addSegment } from "./segments";
import { startSession } from "./sessions";

type DemoNote = { clientId: string; daysAgo: number; start: string; end: string; note: NoteBody; meta?: SessionMeta };

const OFFICE: SessionMeta = { modality: "in_person", placeOfService: "11", clientAtHome: false, audioOnlyReason: "", contactStart: "walk_in" };

const HIGH_RISK: Partial<NoteBody> = {
  cssrs: { wishDead: "yes", suicidalThoughts: "yes", method: "yes", intent: "no", plan: "no", behavior: "no", behaviorPast3Months: null },
  lethalMeans: "yes",
  lethalMeansDetails: "Stockpiled sleeping tablets at home; her partner is taking them to the pharmacy tonight.",
  riskLevel: "high",
  riskRationale: "Thoughts with a method (stockpiled medication), no intent or plan today; partner removing the medication tonight.",
  safetyPlan: completeSafetyPlan(),
};

/** A note typed afterwards and signed, `daysAgo` days ago in the practice zone. */
export async function signedDemoNote(therapist: ActorContext, timeZone: string, demo: DemoNote): Promise<string> {
  const meta = demo.meta ?? OFFICE;
  const { sessionId } = await startSession(therapist, { clientId: demo.clientId, ...meta, startTimer: false });
  const day = DateTime.now().setZone(timeZone).minus({ days: demo.daysAgo }).toISODate() ?? "";
  await addSegment(therapist, { sessionId, start: `${day}T${demo.start}`, end: `${day}T${demo.end}` });
  const { version } = await saveDraft(therapist, { sessionId, version: 1, meta, timesAttested: true, note: demo.note });
  await signSession(therapist, { sessionId, version });
  return sessionId;
}

/**
 * A few weeks of the supervised demo therapist's signed notes in every review state: one
 * co-signed, one returned with a comment, and two waiting (one high risk). Their dates of service
 * are spread over the last weeks; the review events are stamped now, as the data layer stamps them.
 */
export async function seedDemoReviews(options: { therapist: ActorContext; supervisor: ActorContext; clientIds: string[]; timeZone: string }): Promise<void> {
  const { therapist, supervisor, clientIds, timeZone } = options;
  const [first, second, third] = clientIds;
  if (!first || !second || !third) return;
  const decide = async (sessionId: string, decision: "approve" | "return", comment: string) => {
    const { version } = await getNoteForReview(supervisor, sessionId);
    await reviewNote(supervisor, { sessionId, version, decision, comment });
  };
  const cosigned = await signedDemoNote(therapist, timeZone, { clientId: second, daysAgo: 16, start: "10:00", end: "10:55", note: completeNote() });
  await decide(cosigned, "approve", "Clear formulation; good use of the safety plan.");
  const returned = await signedDemoNote(therapist, timeZone, { clientId: third, daysAgo: 9, start: "16:10", end: "17:35", note: completeNote() });
  await decide(returned, "return", "Your log shows the call ended at 17:20, not 17:35: please correct the time, and name who is checking in tonight.");
  await signedDemoNote(therapist, timeZone, { clientId: first, daysAgo: 6, start: "09:30", end: "10:20", note: completeNote() });
  await signedDemoNote(therapist, timeZone, { clientId: second, daysAgo: 2, start: "19:05", end: "20:30", note: completeNote(HIGH_RISK) });
}
