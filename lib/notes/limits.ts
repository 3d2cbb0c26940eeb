/** A primary diagnosis and three more: the note schema's limit, shown by the form (which loads no zod). */
export const MAX_DIAGNOSES = 4;
