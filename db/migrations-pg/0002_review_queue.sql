CREATE TABLE "review_queue" (
	"session_id" text PRIMARY KEY NOT NULL,
	"clinician_id" text NOT NULL,
	"submitted_at" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "review_queue" ADD CONSTRAINT "review_queue_session_id_crisis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."crisis_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_queue" ADD CONSTRAINT "review_queue_clinician_id_users_id_fk" FOREIGN KEY ("clinician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_queue_clinician_idx" ON "review_queue" USING btree ("clinician_id","submitted_at");