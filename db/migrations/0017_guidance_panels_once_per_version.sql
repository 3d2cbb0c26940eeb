-- Each guidance panel a note was signed beside moves to guidance_panels, stored once per distinct
-- content, and the note references it. No note, panel or audit row is lost or altered: the notes'
-- own columns other than guidance_panel_id are untouched, and audit_events is not read or written.
-- The locks on signed notes are lifted for this one update and put back, naming the reference
-- instead of the copy (the copy's column goes in the next migration).
DROP TRIGGER `crisis_sessions_final_immutable`;
--> statement-breakpoint
DROP TRIGGER `crisis_sessions_pending_review_locked`;
--> statement-breakpoint
INSERT INTO `guidance_panels` (`code`, `version`, `content`, `created_at`)
SELECT
  coalesce(min(`guidance_code`), '90839'),
  coalesce(min(`guidance_version`), json_extract(`guidance_snapshot`, '$.version'), ''),
  `guidance_snapshot`,
  min(coalesce(`signed_at`, `updated_at`))
FROM `crisis_sessions`
WHERE `guidance_snapshot` IS NOT NULL
GROUP BY `guidance_snapshot`
ORDER BY min(coalesce(`signed_at`, `updated_at`));
--> statement-breakpoint
UPDATE `crisis_sessions`
SET `guidance_panel_id` = (SELECT `id` FROM `guidance_panels` WHERE `content` = `crisis_sessions`.`guidance_snapshot`)
WHERE `guidance_snapshot` IS NOT NULL;
--> statement-breakpoint
CREATE TRIGGER `crisis_sessions_final_immutable` BEFORE UPDATE ON `crisis_sessions`
WHEN OLD.status = 'final'
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: use an addendum');
END;
--> statement-breakpoint
CREATE TRIGGER `crisis_sessions_pending_review_locked` BEFORE UPDATE ON `crisis_sessions`
WHEN OLD.status = 'pending_review' AND (
  NEW.client_id IS NOT OLD.client_id OR NEW.clinician_id IS NOT OLD.clinician_id
  OR NEW.date_of_service IS NOT OLD.date_of_service OR NEW.modality IS NOT OLD.modality
  OR NEW.place_of_service IS NOT OLD.place_of_service OR NEW.client_at_home IS NOT OLD.client_at_home
  OR NEW.audio_only_reason IS NOT OLD.audio_only_reason OR NEW.contact_start IS NOT OLD.contact_start
  OR NEW.note IS NOT OLD.note OR NEW.times_attested IS NOT OLD.times_attested
  OR NEW.guidance_code IS NOT OLD.guidance_code OR NEW.guidance_version IS NOT OLD.guidance_version
  OR NEW.guidance_panel_id IS NOT OLD.guidance_panel_id OR NEW.signed_at IS NOT OLD.signed_at
)
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: use an addendum');
END;
--> statement-breakpoint
CREATE TRIGGER `guidance_panels_no_update` BEFORE UPDATE ON `guidance_panels`
BEGIN
  SELECT RAISE(ABORT, 'guidance panels are append-only: a signed note shows the one it was signed beside');
END;
--> statement-breakpoint
CREATE TRIGGER `guidance_panels_no_delete` BEFORE DELETE ON `guidance_panels`
BEGIN
  SELECT RAISE(ABORT, 'guidance panels are append-only: a signed note shows the one it was signed beside');
END;
