/**
 * What the log says of an unexpected error: its name and, for the database's own errors, only
 * their code. A driver's message can quote what the user sent (PostgreSQL's "invalid input syntax
 * for type …: "<input>"", a unique key's value in its detail), and that may be PHI; the other
 * errors' messages are the app's own words.
 */
export function describeForLog(error: unknown): string {
  if (!(error instanceof Error)) return "unknown";
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return `${error.name} (database code ${code})`;
  return `${error.name}: ${error.message}`;
}
