import { describe, expect, it } from "vitest";
import { describeForLog } from "./log-error";

describe("what the log says of an unexpected error", () => {
  it("names a database error by its code, never by its message, which can quote what was sent", () => {
    const driverError = Object.assign(new Error('invalid input syntax for type integer: "Maria told me"'), { name: "DatabaseError", code: "22P02" });
    expect(describeForLog(driverError)).toBe("DatabaseError (database code 22P02)");
    const sqliteError = Object.assign(new Error("UNIQUE constraint failed: users.email"), { name: "SqliteError", code: "SQLITE_CONSTRAINT_UNIQUE" });
    expect(describeForLog(sqliteError)).toBe("SqliteError (database code SQLITE_CONSTRAINT_UNIQUE)");
  });

  it("keeps the app's own errors' words, and says nothing of a thrown non-error", () => {
    expect(describeForLog(new TypeError("x is not a function"))).toBe("TypeError: x is not a function");
    expect(describeForLog("Maria")).toBe("unknown");
  });
});
