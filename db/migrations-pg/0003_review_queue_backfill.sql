-- Fills the review queue from the review threads (as the SQLite migration 0020 does): every note
-- whose latest thread event is a submission, with that submission's time. Notes, threads and
-- audit rows are only read.
INSERT INTO "review_queue" ("session_id", "clinician_id", "submitted_at")
SELECT "crisis_sessions"."id", "crisis_sessions"."clinician_id", "latest"."created_at"
FROM "crisis_sessions"
JOIN "note_reviews" AS "latest" ON "latest"."session_id" = "crisis_sessions"."id"
WHERE "latest"."kind" = 'submitted'
  AND "latest"."seq" = (SELECT max("seq") FROM "note_reviews" WHERE "session_id" = "crisis_sessions"."id");
