-- The rules SQLite's custom migrations enforce with triggers (0001, 0003, 0006, 0015, 0017), with the
-- same meaning, so no code path — the app's or a psql session's — can rewrite the record:
-- the audit trail, addenda, the review thread, the accounting of disclosures and guidance panels
-- are append-only; a final note never changes; a note pending review may change only its status
-- and co-signature; a signed note is never deleted and its time (segments) is locked.
-- TRUNCATE skips row triggers in PostgreSQL, so the append-only tables refuse it too.
CREATE FUNCTION crisisnote_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('audit_events is append-only');
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('audit_events is append-only');
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('audit_events is append-only');
--> statement-breakpoint
CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('addenda are append-only');
--> statement-breakpoint
CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('addenda are append-only');
--> statement-breakpoint
CREATE TRIGGER addenda_no_truncate BEFORE TRUNCATE ON addenda
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('addenda are append-only');
--> statement-breakpoint
CREATE TRIGGER note_reviews_no_update BEFORE UPDATE ON note_reviews
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('the review thread is append-only');
--> statement-breakpoint
CREATE TRIGGER note_reviews_no_delete BEFORE DELETE ON note_reviews
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('the review thread is append-only');
--> statement-breakpoint
CREATE TRIGGER note_reviews_no_truncate BEFORE TRUNCATE ON note_reviews
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('the review thread is append-only');
--> statement-breakpoint
CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('the accounting of disclosures is append-only');
--> statement-breakpoint
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('the accounting of disclosures is append-only');
--> statement-breakpoint
CREATE TRIGGER disclosures_no_truncate BEFORE TRUNCATE ON disclosures
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('the accounting of disclosures is append-only');
--> statement-breakpoint
CREATE TRIGGER guidance_panels_no_update BEFORE UPDATE ON guidance_panels
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('guidance panels are append-only: a signed note shows the one it was signed beside');
--> statement-breakpoint
CREATE TRIGGER guidance_panels_no_delete BEFORE DELETE ON guidance_panels
FOR EACH ROW EXECUTE FUNCTION crisisnote_refuse('guidance panels are append-only: a signed note shows the one it was signed beside');
--> statement-breakpoint
CREATE TRIGGER guidance_panels_no_truncate BEFORE TRUNCATE ON guidance_panels
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('guidance panels are append-only: a signed note shows the one it was signed beside');
--> statement-breakpoint
CREATE FUNCTION crisis_sessions_signed_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'final' THEN
    RAISE EXCEPTION 'signed note is locked: use an addendum' USING ERRCODE = 'restrict_violation';
  END IF;
  IF OLD.status = 'pending_review' AND (
    NEW.client_id IS DISTINCT FROM OLD.client_id OR NEW.clinician_id IS DISTINCT FROM OLD.clinician_id
    OR NEW.date_of_service IS DISTINCT FROM OLD.date_of_service OR NEW.modality IS DISTINCT FROM OLD.modality
    OR NEW.place_of_service IS DISTINCT FROM OLD.place_of_service OR NEW.client_at_home IS DISTINCT FROM OLD.client_at_home
    OR NEW.audio_only_reason IS DISTINCT FROM OLD.audio_only_reason OR NEW.contact_start IS DISTINCT FROM OLD.contact_start
    OR NEW.note IS DISTINCT FROM OLD.note OR NEW.times_attested IS DISTINCT FROM OLD.times_attested
    OR NEW.guidance_code IS DISTINCT FROM OLD.guidance_code OR NEW.guidance_version IS DISTINCT FROM OLD.guidance_version
    OR NEW.guidance_panel_id IS DISTINCT FROM OLD.guidance_panel_id OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
    OR NEW.signer_name IS DISTINCT FROM OLD.signer_name OR NEW.signer_credentials IS DISTINCT FROM OLD.signer_credentials
    OR NEW.created_at IS DISTINCT FROM OLD.created_at OR NEW.id IS DISTINCT FROM OLD.id
  ) THEN
    RAISE EXCEPTION 'signed note is locked: use an addendum' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER crisis_sessions_signed_locked BEFORE UPDATE ON crisis_sessions
FOR EACH ROW EXECUTE FUNCTION crisis_sessions_signed_locked();
--> statement-breakpoint
CREATE FUNCTION crisis_sessions_signed_not_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status <> 'draft' THEN
    RAISE EXCEPTION 'signed note cannot be deleted' USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER crisis_sessions_signed_not_deleted BEFORE DELETE ON crisis_sessions
FOR EACH ROW EXECUTE FUNCTION crisis_sessions_signed_not_deleted();
--> statement-breakpoint
CREATE TRIGGER crisis_sessions_no_truncate BEFORE TRUNCATE ON crisis_sessions
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('signed note cannot be deleted');
--> statement-breakpoint
CREATE FUNCTION session_segments_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND (SELECT status FROM crisis_sessions WHERE id = OLD.session_id) IN ('pending_review', 'final') THEN
    RAISE EXCEPTION 'signed note is locked: its time cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND (SELECT status FROM crisis_sessions WHERE id = NEW.session_id) IN ('pending_review', 'final') THEN
    RAISE EXCEPTION 'signed note is locked: its time cannot change' USING ERRCODE = 'restrict_violation';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER session_segments_locked BEFORE INSERT OR UPDATE OR DELETE ON session_segments
FOR EACH ROW EXECUTE FUNCTION session_segments_locked();
--> statement-breakpoint
CREATE TRIGGER session_segments_no_truncate BEFORE TRUNCATE ON session_segments
FOR EACH STATEMENT EXECUTE FUNCTION crisisnote_refuse('signed note is locked: its time cannot change');
