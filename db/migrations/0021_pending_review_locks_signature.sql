-- A note pending review may change only its status and co-signature. 0017 rebuilt this trigger
-- for the guidance panels and dropped the signature snapshot (signer_name, signer_credentials)
-- that 0006 had locked: they are locked again, with the note's id and creation time, the same
-- columns PostgreSQL's trigger locks.
DROP TRIGGER `crisis_sessions_pending_review_locked`;
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
  OR NEW.signer_name IS NOT OLD.signer_name OR NEW.signer_credentials IS NOT OLD.signer_credentials
  OR NEW.created_at IS NOT OLD.created_at OR NEW.id IS NOT OLD.id
)
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: use an addendum');
END;
