import type { ReportDay, ReportNote } from "./types";

/** A signed, final note. */
export function note(overrides: Partial<ReportNote> = {}): ReportNote {
  return {
    id: "note-1",
    status: "final",
    createdAt: "2026-03-09T14:00:00.000Z",
    signedAt: "2026-03-09T16:00:00.000Z",
    cosignedAt: null,
    ...overrides,
  };
}

export function draft(createdAt: string, id = "draft-1"): ReportNote {
  return { id, status: "draft", createdAt, signedAt: null, cosignedAt: null };
}

type DayOverrides = Omit<Partial<ReportDay>, "client" | "clinician"> & {
  client?: Partial<ReportDay["client"]>;
  clinician?: Partial<ReportDay["clinician"]>;
};

/** A clean, billable day (45 minutes, 90839, one final note, payer and NPI present); override what a test needs. */
export function day(overrides: DayOverrides = {}): ReportDay {
  const { client, clinician, ...rest } = overrides;
  return {
    dateOfService: "2026-03-09",
    client: {
      id: "client-1",
      name: "Jordan Avery",
      dateOfBirth: "1990-05-17",
      externalId: "MRN-001",
      payerName: "Blue Cross",
      memberId: "XYZ123456",
      ...client,
    },
    clinician: { id: "clinician-1", name: "Dana Reyes", credentials: "LCSW", npi: "1234567893", ...clinician },
    cosigner: null,
    lines: [{ code: "90839", units: 1, modifiers: [], placeOfService: "11" }],
    minutes: 45,
    ruleSet: "cpt",
    payerName: "Blue Cross",
    diagnosisCodes: ["F43.0"],
    warningCodes: [],
    notes: [note()],
    ...rest,
  };
}
