/**
 * Characters no clinician types on purpose and that can hide or reorder text on screen: ASCII
 * control characters (NUL and the like; line breaks and tabs are kept for text areas), DEL, and
 * the Unicode bidirectional overrides and isolates (a name that reads one way and sorts another).
 */
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

export const stripHiddenCharacters = (value: string): string => value.replace(HIDDEN, "");
