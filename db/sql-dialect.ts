import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { tablesDialect } from "./tables";

/**
 * The few SQL fragments whose spelling differs between SQLite and PostgreSQL, so the modules
 * that build queries stay dialect-free.
 */

/** A condition that is never true (SQLite reads `0` as false; PostgreSQL wants a boolean). */
export const never = (): SQL => sql`1 = 0`;

const escapeLike = (value: string): string => value.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * `column` contains `text`, ignoring case: SQLite's LIKE ignores ASCII case by itself, PostgreSQL
 * needs ILIKE (which also ignores the case of other letters). `%`, `_` and `\` match themselves.
 */
export function containsIgnoringCase(column: SQLWrapper, text: string): SQL {
  const pattern = `%${escapeLike(text)}%`;
  return tablesDialect === "postgresql" ? sql`${column} ilike ${pattern} escape '\\'` : sql`${column} like ${pattern} escape '\\'`;
}
