import { type Column, SQL, is, sql } from "drizzle-orm";
import { PgDialect, type PgTable, getTableConfig as pgConfig } from "drizzle-orm/pg-core";
import { SQLiteSyncDialect, type SQLiteTable, getTableConfig as sqliteConfig } from "drizzle-orm/sqlite-core";
import { boolean, check, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import * as pgSchema from "./schema.pg";
import * as sqliteSchema from "./schema";
import * as tables from "./tables";

/*
 * One schema, two dialects, no drift: db/schema.ts (SQLite, the source of truth) and
 * db/schema.pg.ts must describe the same tables — columns, types, nullability, defaults, keys,
 * indexes (unique and partial), foreign keys and check constraints. A column or index added to one
 * and not the other fails here, before any migration is generated.
 */

/** SQLite column type → the PostgreSQL types that mean the same. */
const TYPE_MAP: Record<string, readonly string[]> = {
  text: ["text"],
  // A 64-bit SQLite integer may be a PostgreSQL bigint where it can pass 2^31 (chain positions).
  integer: ["integer", "bigint"],
  // SQLite's integer in boolean mode.
  boolean: ["boolean"],
};

/**
 * The one deliberate difference: SQLite's UNIQUE(content) on guidance_panels is, on PostgreSQL, a
 * unique index on md5(content) (a b-tree entry cannot hold a whole panel). Expressions listed here
 * stand for the column they wrap.
 */
const INDEX_EXPRESSIONS: Record<string, Record<string, string>> = {
  guidance_panels_content_unique: { "md5(guidance_panels.content)": "content" },
};

type Shape = {
  columns: Record<string, { type: string; notNull: boolean; default: string | null; primary: boolean; generated: boolean; enumValues: string[] | null }>;
  indexes: Record<string, { unique: boolean; columns: string[]; where: string | null }>;
  foreignKeys: string[];
  checks: Record<string, string>;
  primaryKeys: string[];
};

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

/** SQL text, dialect quoting and spacing aside: `"t"."c" is null` → `t.c is null`. */
const normalize = (text: string): string => text.replace(/["`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

const render = (dialect: "sqlite" | "postgresql", value: SQL): string =>
  normalize(dialect === "sqlite" ? sqliteDialect.sqlToQuery(value).sql : pgDialect.sqlToQuery(value).sql);

const defaultOf = (column: Column): string | null => {
  if (!column.hasDefault || column.default === undefined) return null;
  return is(column.default, SQL) ? `sql:${render("sqlite", column.default)}` : JSON.stringify(column.default);
};

function sqliteShape(table: SQLiteTable): Shape {
  const config = sqliteConfig(table);
  const shape: Shape = { columns: {}, indexes: {}, foreignKeys: [], checks: {}, primaryKeys: [] };
  for (const column of config.columns) {
    const type = column.columnType === "SQLiteBoolean" ? "boolean" : column.getSQLType();
    const generated = "autoIncrement" in column && column.autoIncrement === true;
    shape.columns[column.name] = { type, notNull: column.notNull, default: defaultOf(column), primary: column.primary, generated, enumValues: column.enumValues ?? null };
    if (column.isUnique) shape.indexes[column.uniqueName ?? `${config.name}_${column.name}_unique`] = { unique: true, columns: [column.name], where: null };
  }
  for (const { config: index } of config.indexes) {
    const columns = index.columns.map((c) => (is(c, SQL) ? render("sqlite", c) : (c as Column).name));
    shape.indexes[index.name] = { unique: index.unique, columns, where: index.where ? render("sqlite", index.where) : null };
  }
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    shape.foreignKeys.push(`${ref.columns.map((c) => c.name).join(",")} -> ${sqliteConfig(ref.foreignTable).name}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`);
  }
  for (const c of config.checks) shape.checks[c.name] = render("sqlite", c.value);
  shape.primaryKeys = config.primaryKeys.map((pk) => pk.columns.map((c) => c.name).join(","));
  shape.foreignKeys.sort();
  return shape;
}

function pgShape(table: PgTable): Shape {
  const config = pgConfig(table);
  const shape: Shape = { columns: {}, indexes: {}, foreignKeys: [], checks: {}, primaryKeys: [] };
  for (const column of config.columns) {
    const type = column.getSQLType();
    shape.columns[column.name] = { type, notNull: column.notNull, default: defaultOf(column), primary: column.primary, generated: column.generatedIdentity !== undefined, enumValues: column.enumValues ?? null };
    if (column.isUnique) shape.indexes[column.uniqueName ?? `${config.name}_${column.name}_unique`] = { unique: true, columns: [column.name], where: null };
  }
  for (const { config: index } of config.indexes) {
    const name = index.name ?? "";
    const expressions = INDEX_EXPRESSIONS[name] ?? {};
    const columns = index.columns.map((c) => {
      if (is(c, SQL)) {
        const text = render("postgresql", c);
        return expressions[text] ?? text;
      }
      return (c as { name: string }).name;
    });
    shape.indexes[name] = { unique: index.unique, columns, where: index.where ? render("postgresql", index.where) : null };
  }
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    shape.foreignKeys.push(`${ref.columns.map((c) => c.name).join(",")} -> ${pgConfig(ref.foreignTable).name}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete ?? "no action"} on update ${fk.onUpdate ?? "no action"}`);
  }
  for (const c of config.checks) shape.checks[c.name] = render("postgresql", c.value);
  shape.primaryKeys = config.primaryKeys.map((pk) => pk.columns.map((c) => c.name).join(","));
  shape.foreignKeys.sort();
  return shape;
}

/** How `pg` differs from `lite`, in words; empty when they agree. */
export function schemaDrift(lite: SQLiteTable, pg: PgTable): string[] {
  const [a, b] = [sqliteShape(lite), pgShape(pg)];
  const table = sqliteConfig(lite).name;
  const problems: string[] = [];
  if (pgConfig(pg).name !== table) problems.push(`table ${table} is named ${pgConfig(pg).name} on PostgreSQL`);
  for (const name of new Set([...Object.keys(a.columns), ...Object.keys(b.columns)])) {
    const [x, y] = [a.columns[name], b.columns[name]];
    if (!x || !y) {
      problems.push(`${table}.${name} exists only on ${x ? "SQLite" : "PostgreSQL"}`);
      continue;
    }
    if (!(TYPE_MAP[x.type] ?? []).includes(y.type)) problems.push(`${table}.${name} is ${x.type} on SQLite but ${y.type} on PostgreSQL`);
    if (x.notNull !== y.notNull) problems.push(`${table}.${name} is ${x.notNull ? "not null" : "nullable"} on SQLite but ${y.notNull ? "not null" : "nullable"} on PostgreSQL`);
    if (x.default !== y.default) problems.push(`${table}.${name} defaults to ${x.default} on SQLite but ${y.default} on PostgreSQL`);
    if (x.primary !== y.primary) problems.push(`${table}.${name} is ${x.primary ? "" : "not "}the primary key on SQLite but ${y.primary ? "" : "not "}on PostgreSQL`);
    if (x.generated !== y.generated) problems.push(`${table}.${name} is ${x.generated ? "" : "not "}generated (autoincrement/identity) on SQLite but ${y.generated ? "" : "not "}on PostgreSQL`);
    if (JSON.stringify(x.enumValues) !== JSON.stringify(y.enumValues)) problems.push(`${table}.${name} allows ${JSON.stringify(x.enumValues)} on SQLite but ${JSON.stringify(y.enumValues)} on PostgreSQL`);
  }
  for (const name of new Set([...Object.keys(a.indexes), ...Object.keys(b.indexes)])) {
    const [x, y] = [a.indexes[name], b.indexes[name]];
    if (JSON.stringify(x) !== JSON.stringify(y)) problems.push(`index ${name}: ${JSON.stringify(x ?? null)} on SQLite, ${JSON.stringify(y ?? null)} on PostgreSQL`);
  }
  if (JSON.stringify(a.foreignKeys) !== JSON.stringify(b.foreignKeys)) problems.push(`${table} foreign keys: ${JSON.stringify(a.foreignKeys)} on SQLite, ${JSON.stringify(b.foreignKeys)} on PostgreSQL`);
  for (const name of new Set([...Object.keys(a.checks), ...Object.keys(b.checks)])) {
    if (a.checks[name] !== b.checks[name]) problems.push(`check ${name}: ${a.checks[name] ?? "none"} on SQLite, ${b.checks[name] ?? "none"} on PostgreSQL`);
  }
  if (JSON.stringify(a.primaryKeys) !== JSON.stringify(b.primaryKeys)) problems.push(`${table} composite primary keys differ`);
  return problems;
}

const isTable = (value: unknown): boolean => typeof value === "object" && value !== null && Symbol.for("drizzle:IsDrizzleTable") in value;
const tablesOf = (module: Record<string, unknown>): string[] => Object.keys(module).filter((key) => isTable(module[key])).sort();

describe("the SQLite and PostgreSQL schemas", () => {
  it("have the same tables, under the same export names, and db/tables.ts hands out every one", () => {
    expect(tablesOf(pgSchema)).toEqual(tablesOf(sqliteSchema));
    expect(tablesOf(tables)).toEqual(tablesOf(sqliteSchema));
  });

  it.each(tablesOf(sqliteSchema))("agree on %s", (name) => {
    const lite = (sqliteSchema as Record<string, unknown>)[name] as SQLiteTable;
    const pg = (pgSchema as Record<string, unknown>)[name] as PgTable;
    expect(schemaDrift(lite, pg)).toEqual([]);
  });
});

describe("the drift check itself", () => {
  // A copy of sign_in_throttles as PostgreSQL has it, then the same table with one drift each.
  const faithful = pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull(), count: integer("count").notNull() });

  it("accepts the faithful copy", () => {
    expect(schemaDrift(sqliteSchema.signInThrottles, faithful)).toEqual([]);
  });

  it.each([
    ["a missing column", pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull() }), /count exists only on SQLite/],
    ["a type", pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull(), count: boolean("count").notNull() }), /is integer on SQLite but boolean/],
    ["nullability", pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at"), count: integer("count").notNull() }), /not null on SQLite but nullable/],
    ["a default", pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull(), count: integer("count").notNull().default(0) }), /defaults to null on SQLite but 0/],
    [
      "an index",
      pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull(), count: integer("count").notNull() }, (t) => [index("throttle_window_idx").on(t.windowStartedAt)]),
      /index throttle_window_idx/,
    ],
    [
      "a check constraint",
      pgTable("sign_in_throttles", { key: text("key").primaryKey(), windowStartedAt: text("window_started_at").notNull(), count: integer("count").notNull() }, (t) => [check("count_positive", sql`${t.count} >= 0`)]),
      /check count_positive/,
    ],
  ] as const)("fails on %s", (_drift, drifted, problem) => {
    expect(schemaDrift(sqliteSchema.signInThrottles, drifted).join("\n")).toMatch(problem);
  });

  it("fails on a foreign key, a partial index's condition, and a unique index turned plain", () => {
    const segments = pgConfig(pgSchema.sessionSegments);
    expect(segments.indexes.some((i) => i.config.where)).toBe(true);
    const drifted = pgTable(
      "session_segments",
      {
        id: text("id").primaryKey(),
        sessionId: text("session_id").notNull(),
        clinicianId: text("clinician_id")
          .notNull()
          .references(() => pgSchema.users.id),
        startedAt: text("started_at").notNull(),
        endedAt: text("ended_at"),
        createdAt: text("created_at").notNull(),
      },
      (t) => [
        index("session_segments_session_idx").on(t.sessionId),
        index("session_segments_one_running_per_clinician").on(t.clinicianId).where(sql`${t.endedAt} is not null`),
        check("session_segments_end_after_start", sql`${t.endedAt} is null or ${t.endedAt} > ${t.startedAt}`),
      ],
    );
    const problems = schemaDrift(sqliteSchema.sessionSegments, drifted).join("\n");
    expect(problems).toMatch(/session_segments foreign keys/);
    expect(problems).toMatch(/index session_segments_one_running_per_clinician: .*"unique":true.*"unique":false/);
    expect(problems).toMatch(/is not null/);
  });
});
