/**
 * The other services a crisis clinician most often bills a client on the same day, offered as
 * choices on the note (BILLING-RULES §4 and §8 decide what each one does to the crisis lines).
 */
export const SAME_DAY_PSYCHOTHERAPY_CHOICES = [
  { code: "90791", label: "90791 Psychiatric diagnostic evaluation" },
  { code: "90792", label: "90792 Psychiatric diagnostic evaluation with medical services" },
  { code: "90832", label: "90832 Psychotherapy, 30 minutes" },
  { code: "90834", label: "90834 Psychotherapy, 45 minutes" },
  { code: "90837", label: "90837 Psychotherapy, 60 minutes" },
  { code: "90833", label: "+90833 Psychotherapy with an E/M, 30 minutes" },
  { code: "90836", label: "+90836 Psychotherapy with an E/M, 45 minutes" },
  { code: "90838", label: "+90838 Psychotherapy with an E/M, 60 minutes" },
  { code: "90785", label: "+90785 Interactive complexity" },
  { code: "90846", label: "90846 Family psychotherapy without the client" },
  { code: "90847", label: "90847 Family psychotherapy with the client" },
  { code: "90853", label: "90853 Group psychotherapy" },
] as const;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

/** Evaluation and management visits: with 16–29 crisis minutes they turn 90832 into +90833. */
export const SAME_DAY_EM_CHOICES = [...range(99202, 99205), ...range(99211, 99215), ...range(99221, 99223), ...range(99231, 99233), ...range(99281, 99285)].map((code) => ({
  code,
  label: code,
}));
