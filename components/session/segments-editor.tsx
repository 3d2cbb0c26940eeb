import { Card } from "@/components/ui/card";
import type { SegmentView } from "@/db/session-access";
import { AddSegmentForm } from "./add-segment-form";
import { SegmentRow } from "./segment-row";

type Props = { sessionId: string; segments: SegmentView[]; timeZone: string };

/** The note's time segments as the server recorded them; editable while the note is a draft. */
export function SegmentsEditor({ sessionId, segments, timeZone }: Props) {
  return (
    <Card aria-labelledby="segments-heading">
      <h2 id="segments-heading" className="text-lg font-semibold">
        Time segments
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Times are in the practice time zone ({timeZone}), to the minute. Correct them to the actual face-to-face times, or type them
        here if you document afterwards.
      </p>
      {segments.length === 0 ? (
        <p className="mt-4">No time recorded yet.</p>
      ) : (
        <ol aria-label="Segments" className="mt-4 space-y-3">
          {segments.map((segment, index) => (
            // Keyed by the stored times too, so a row re-reads them after any save or reload.
            <SegmentRow key={`${segment.id}:${segment.start}:${segment.end ?? ""}`} sessionId={sessionId} segment={segment} number={index + 1} timeZone={timeZone} />
          ))}
        </ol>
      )}
      <div className="mt-4">
        <AddSegmentForm sessionId={sessionId} />
      </div>
    </Card>
  );
}
