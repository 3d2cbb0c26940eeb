CREATE TABLE `addenda` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`author_id` text NOT NULL,
	`reason` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `crisis_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `addenda_session_idx` ON `addenda` (`session_id`);--> statement-breakpoint
CREATE TABLE `billing_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`clinician_id` text NOT NULL,
	`client_id` text NOT NULL,
	`date_of_service` text NOT NULL,
	`code` text NOT NULL,
	`units` integer NOT NULL,
	`modifiers` text DEFAULT '' NOT NULL,
	`place_of_service` text NOT NULL,
	`day_minutes` integer NOT NULL,
	`session_ids` text NOT NULL,
	`computed_at` text NOT NULL,
	FOREIGN KEY (`clinician_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `billing_lines_day_idx` ON `billing_lines` (`clinician_id`,`client_id`,`date_of_service`);--> statement-breakpoint
CREATE INDEX `billing_lines_date_idx` ON `billing_lines` (`date_of_service`);--> statement-breakpoint
CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`date_of_birth` text NOT NULL,
	`external_id` text,
	`primary_clinician_id` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`primary_clinician_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `clients_primary_clinician_idx` ON `clients` (`primary_clinician_id`);--> statement-breakpoint
CREATE INDEX `clients_name_idx` ON `clients` (`name`);--> statement-breakpoint
CREATE TABLE `crisis_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`clinician_id` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`date_of_service` text,
	`modality` text NOT NULL,
	`place_of_service` text NOT NULL,
	`client_at_home` integer DEFAULT false NOT NULL,
	`audio_only_reason` text,
	`contact_start` text NOT NULL,
	`note` text DEFAULT '{}' NOT NULL,
	`times_attested` integer DEFAULT false NOT NULL,
	`guidance_code` text,
	`guidance_version` text,
	`guidance_snapshot` text,
	`version` integer DEFAULT 1 NOT NULL,
	`signed_at` text,
	`cosigner_id` text,
	`cosigned_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clinician_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cosigner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "crisis_sessions_status_valid" CHECK("crisis_sessions"."status" in ('draft', 'pending_review', 'returned', 'final'))
);
--> statement-breakpoint
CREATE INDEX `crisis_sessions_clinician_idx` ON `crisis_sessions` (`clinician_id`,`status`);--> statement-breakpoint
CREATE INDEX `crisis_sessions_client_day_idx` ON `crisis_sessions` (`client_id`,`clinician_id`,`date_of_service`);--> statement-breakpoint
CREATE TABLE `session_segments` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`clinician_id` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `crisis_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clinician_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "session_segments_end_after_start" CHECK("session_segments"."ended_at" is null or "session_segments"."ended_at" > "session_segments"."started_at")
);
--> statement-breakpoint
CREATE INDEX `session_segments_session_idx` ON `session_segments` (`session_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `session_segments_one_running_per_clinician` ON `session_segments` (`clinician_id`) WHERE "session_segments"."ended_at" is null;