import { afterEach } from "vitest";
import { releaseTestDatabases } from "./test-support";

// vitest setup file: the PostgreSQL databases a test made are closed and dropped after it (on
// SQLite there is nothing to release: in-memory databases go with their connection).
afterEach(async () => {
  await releaseTestDatabases();
});
