import { DIAGNOSES, type DiagnosisEntry } from "./codes";
import { normalizeIcd10Cm } from "./format";

// ICD-10-CM diagnoses for crisis notes: a curated list (codes.ts), search over it, and a format
// check for codes outside it. Pure data and functions, shared with the browser.
//
// Policy: a code from the list is accepted with its title; a code outside the list is accepted
// when it is well-formed (isWellFormedIcd10Cm) and stored in its normalised form. The format
// check does not prove that the code exists or is billable; the clinician remains responsible.

export {
  DIAGNOSES,
  DIAGNOSIS_GROUPS,
  ICD10CM_CHAPTERS,
  ICD10CM_EDITION,
  type DiagnosisEntry,
  type DiagnosisGroup,
  type Icd10CmChapter,
} from "./codes";
export { isWellFormedIcd10Cm, normalizeIcd10Cm } from "./format";
export {
  DEFAULT_DIAGNOSIS_LIMIT,
  searchDiagnoses,
  type DiagnosisMatchLocation,
  type DiagnosisSearchResult,
} from "./search";

const byCode = new Map(DIAGNOSES.map((entry) => [entry.code, entry]));

/** The curated entry for a code in any typed form ("f321", "F32.1"), or undefined. */
export function getDiagnosis(code: string): DiagnosisEntry | undefined {
  const normalized = normalizeIcd10Cm(code);
  return normalized === null ? undefined : byCode.get(normalized);
}

export type DiagnosisCodeCheck =
  | { status: "listed"; code: string; entry: DiagnosisEntry }
  | { status: "well-formed"; code: string }
  | { status: "malformed" };

/**
 * Applies the policy above to a typed code: "listed" (in the curated list), "well-formed"
 * (outside it but shaped like an ICD-10-CM code, so accepted as `code`), or "malformed".
 */
export function checkDiagnosisCode(input: string): DiagnosisCodeCheck {
  const code = normalizeIcd10Cm(input);
  if (code === null) return { status: "malformed" };
  const entry = byCode.get(code);
  return entry ? { status: "listed", code, entry } : { status: "well-formed", code };
}
