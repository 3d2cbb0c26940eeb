import type { ReviewEventView } from "@/db/session-access";
import { formatDateTime } from "@/components/note/format";
import { REVIEW_EVENT_LABELS } from "@/lib/notes/review";

/** Every submission, decision and comment on the note, oldest first: it stays with the note for good. */
export function ReviewThread({ events, timeZone, headingLevel = 2 }: { events: ReviewEventView[]; timeZone: string; headingLevel?: 2 | 3 }) {
  if (events.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="review-thread-heading" className="space-y-3 rounded-lg border border-slate-300 bg-white p-5 print:border-0 print:p-0">
      <Heading id="review-thread-heading" className="text-lg font-bold">
        Supervisor review
      </Heading>
      <ol aria-label="Review history" className="space-y-3">
        {events.map((event, i) => (
          <li key={`${event.at}-${i}`} className={event.kind === "returned" ? "border-l-4 border-amber-600 pl-3" : "border-l-4 border-slate-300 pl-3"}>
            <p>
              <strong>{REVIEW_EVENT_LABELS[event.kind]}</strong> by {event.authorName}
              {event.authorCredentials ? `, ${event.authorCredentials}` : ""} · {formatDateTime(event.at, timeZone)}
            </p>
            {event.comment ? <p className="mt-1 whitespace-pre-wrap">{event.comment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
