// `npm run audit:verify`: walk the audit chain; exit 1 naming the first altered or missing row.
import fs from "node:fs";
import { databaseFile, openDatabase } from "../db/client";
import { verifyAuditChain } from "../db/audit";

const file = databaseFile();
if (file !== ":memory:" && !fs.existsSync(file)) {
  console.error(`No database at ${file}`);
  process.exit(2);
}
void verifyAuditChain(openDatabase(file)).then((verdict) => {
  if (verdict.ok) {
    console.log(`Audit chain intact: ${verdict.rows} rows verified.`);
  } else {
    console.error(`Audit chain broken at row ${verdict.seq}: ${verdict.problem}.`);
    process.exit(1);
  }
});
