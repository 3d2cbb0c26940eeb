/**
 * Limits on what a request body may be, checked before Next decodes a server action (which
 * answers 500 to a body it cannot read). The same 1 MB as `serverActions.bodySizeLimit`.
 */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Our forms nest a few levels (a note with its segments); nothing legitimate comes near this. */
export const MAX_JSON_DEPTH = 64;

export type BodyProblem = { status: 400 | 411 | 413; message: string };

export const BODY_PROBLEMS = {
  tooLarge: { status: 413, message: "This request is too large: the limit is 1 MB. Shorten the text, then try again." },
  lengthRequired: { status: 411, message: "This request must state its length (Content-Length)." },
  tooDeep: { status: 400, message: "This request is nested too deeply to be read." },
  malformed: { status: 400, message: "This request could not be read: its data is malformed. Reload the page and try again." },
} as const satisfies Record<string, BodyProblem>;

/** From the headers alone: a body over the limit, or one without a declared length. */
export function bodySizeProblem(headers: { contentLength: string | null; transferEncoding: string | null }): BodyProblem | null {
  const { contentLength, transferEncoding } = headers;
  if (contentLength === null) return transferEncoding ? BODY_PROBLEMS.lengthRequired : null;
  const bytes = Number(contentLength);
  if (!/^\d+$/.test(contentLength.trim()) || !Number.isSafeInteger(bytes)) return BODY_PROBLEMS.malformed;
  return bytes > MAX_BODY_BYTES ? BODY_PROBLEMS.tooLarge : null;
}

/** The deepest nesting of arrays and objects in JSON text, without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === "\\") i += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === "[" || char === "{") {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === "]" || char === "}") {
      depth -= 1;
    }
  }
  return deepest;
}

/** A server action's JSON rows (React's encoded reply): each must be JSON, none too deep. */
export function actionPayloadProblem(rows: readonly string[]): BodyProblem | null {
  for (const row of rows) {
    if (jsonDepth(row) > MAX_JSON_DEPTH) return BODY_PROBLEMS.tooDeep;
    try {
      JSON.parse(row);
    } catch {
      return BODY_PROBLEMS.malformed;
    }
  }
  return null;
}

/** In a multipart action body, React's JSON rows are the fields named by a bare number. */
export const isActionRowName = (name: string): boolean => /^\d+$/.test(name);
