-- Signed notes are immutable at the database level, whatever the application code does.
-- A final note never changes; a note pending review may only change status and co-signature.
CREATE TRIGGER crisis_sessions_final_immutable BEFORE UPDATE ON crisis_sessions
WHEN OLD.status = 'final'
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: use an addendum');
END;
--> statement-breakpoint
CREATE TRIGGER crisis_sessions_pending_review_locked BEFORE UPDATE ON crisis_sessions
WHEN OLD.status = 'pending_review' AND (
  NEW.client_id IS NOT OLD.client_id OR NEW.clinician_id IS NOT OLD.clinician_id
  OR NEW.date_of_service IS NOT OLD.date_of_service OR NEW.modality IS NOT OLD.modality
  OR NEW.place_of_service IS NOT OLD.place_of_service OR NEW.client_at_home IS NOT OLD.client_at_home
  OR NEW.audio_only_reason IS NOT OLD.audio_only_reason OR NEW.contact_start IS NOT OLD.contact_start
  OR NEW.note IS NOT OLD.note OR NEW.times_attested IS NOT OLD.times_attested
  OR NEW.guidance_code IS NOT OLD.guidance_code OR NEW.guidance_version IS NOT OLD.guidance_version
  OR NEW.guidance_snapshot IS NOT OLD.guidance_snapshot OR NEW.signed_at IS NOT OLD.signed_at
)
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: use an addendum');
END;
--> statement-breakpoint
CREATE TRIGGER crisis_sessions_signed_not_deleted BEFORE DELETE ON crisis_sessions
WHEN OLD.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'signed note cannot be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER session_segments_locked_insert BEFORE INSERT ON session_segments
WHEN (SELECT status FROM crisis_sessions WHERE id = NEW.session_id) IN ('pending_review', 'final')
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: its time cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER session_segments_locked_update BEFORE UPDATE ON session_segments
WHEN (SELECT status FROM crisis_sessions WHERE id = OLD.session_id) IN ('pending_review', 'final')
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: its time cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER session_segments_locked_delete BEFORE DELETE ON session_segments
WHEN (SELECT status FROM crisis_sessions WHERE id = OLD.session_id) IN ('pending_review', 'final')
BEGIN
  SELECT RAISE(ABORT, 'signed note is locked: its time cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
BEGIN
  SELECT RAISE(ABORT, 'addenda are append-only');
END;
--> statement-breakpoint
CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
BEGIN
  SELECT RAISE(ABORT, 'addenda are append-only');
END;
