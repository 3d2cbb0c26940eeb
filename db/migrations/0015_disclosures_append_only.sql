-- The accounting of disclosures is append-only, like the audit trail and the review thread:
-- a correction is a new entry naming the one it corrects (HIPAA §164.528 keeps six years of it).
CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN
  SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN
  SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;
