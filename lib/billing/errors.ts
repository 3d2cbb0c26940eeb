/** Why the input was rejected; stable strings a caller can map to a form field. */
export type BillingInputIssue =
  | "INVALID_INSTANT"
  | "MISSING_OFFSET"
  | "END_NOT_AFTER_START"
  | "RUNNING_WITHOUT_NOW"
  | "NOW_BEFORE_START"
  | "OVERLAP"
  | "DUPLICATE_NOTE"
  | "INVALID_NOW"
  | "INVALID_TIME_ZONE"
  | "INVALID_DATE_OF_SERVICE"
  | "INVALID_MODALITY"
  | "INVALID_PLACE_OF_SERVICE"
  | "INVALID_PAYER";

/** Points at one segment: 1-based `segment` index within its note (`noteId` in day summaries). */
export type SegmentRef = { segment: number; noteId?: string };

/**
 * Thrown for input the billing rules cannot accept (BILLING-RULES §7). The message is plain
 * English for the clinician and names the segment(s) involved; `segments` carries the same
 * references for code.
 */
export class BillingInputError extends Error {
  override readonly name = "BillingInputError";
  readonly issue: BillingInputIssue;
  readonly segments: readonly SegmentRef[];

  constructor(issue: BillingInputIssue, message: string, segments: readonly SegmentRef[] = []) {
    super(message);
    this.issue = issue;
    this.segments = segments;
  }
}

/** "Segment 2" or `Note "abc", segment 2`; lower-case when it does not start the sentence. */
export function describeSegment(ref: SegmentRef, startsSentence = true): string {
  const label =
    ref.noteId === undefined ? `segment ${ref.segment}` : `note "${ref.noteId}", segment ${ref.segment}`;
  return startsSentence ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}
