CREATE TABLE `audit_verification` (
	`id` integer PRIMARY KEY NOT NULL,
	`verified_seq` integer NOT NULL,
	`verified_hash` text NOT NULL,
	`verified_at` text NOT NULL,
	`full_verified_at` text,
	`full_verified_seq` integer,
	`failed_at` text,
	`failed_seq` integer,
	`failure` text,
	CONSTRAINT "audit_verification_single_row" CHECK("audit_verification"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE `audit_events` ADD `key_id` text;