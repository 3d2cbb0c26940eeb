/** Whose NPI a supervised clinician's lines go out under: payers differ. */
export const SUPERVISED_NPI_POLICIES = ["rendering", "supervisor", "both"] as const;
export type SupervisedNpiPolicy = (typeof SUPERVISED_NPI_POLICIES)[number];

export const SUPERVISED_NPI_LABELS: Record<SupervisedNpiPolicy, string> = {
  rendering: "The rendering clinician's NPI",
  supervisor: "The supervisor's NPI",
  both: "Both: rendering clinician and supervising clinician",
};
