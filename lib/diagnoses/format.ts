// Format rules for ICD-10-CM codes typed by a clinician, for codes that are not in the curated
// list (codes.ts). A code that passes is accepted as written: the check proves the shape, not
// that the code exists in the current release or is billable, which the clinician confirms.
//
// Structure (CMS/NCHS ICD-10-CM):
// - 3 to 7 characters: a category of three, then up to four more after the dot (F29, F32.1,
//   F10.120, T14.91XA).
// - Character 1 is a letter. Characters 2 and 3 are digits or letters, but not both letters:
//   a letter there is rare and always beside a digit (C4A, M1A, Z3A, and from FY2027 J4B and
//   QA1). Characters 4 to 7 are digits or letters (F32.A, F01.A0, T14.91XA).
// - The dot, when typed, comes right after the third character, once.
// - "X" is a placeholder that only pads a code out to its 7th character (T14.91XA), so a code
//   never ends in X.

const SHAPE = /^([A-Z])([0-9A-Z])([0-9A-Z])(?:\.?([0-9A-Z]{1,4}))?$/;
const DIGIT = /[0-9]/;

/**
 * The canonical form of an ICD-10-CM code: trimmed, upper case, with the dot after the third
 * character ("f321" → "F32.1", " t1491xa " → "T14.91XA", "F29" stays "F29"). Returns null when
 * the input does not have the shape of an ICD-10-CM code (see the rules above).
 */
export function normalizeIcd10Cm(input: string): string | null {
  const match = SHAPE.exec(input.trim().toUpperCase());
  if (!match) return null;
  const [, first = "", second = "", third = "", rest = ""] = match;
  if (!DIGIT.test(second) && !DIGIT.test(third)) return null;
  if (rest.endsWith("X")) return null;
  const category = `${first}${second}${third}`;
  return rest === "" ? category : `${category}.${rest}`;
}

/**
 * True when `code` has the shape of an ICD-10-CM code, in any letter case and with or without
 * the dot. A well-formed code outside the curated list is accepted after this check; store it
 * in the form normalizeIcd10Cm returns.
 */
export function isWellFormedIcd10Cm(code: string): boolean {
  return normalizeIcd10Cm(code) !== null;
}
