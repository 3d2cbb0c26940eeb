CREATE TABLE `sign_in_throttles` (
	`key` text PRIMARY KEY NOT NULL,
	`window_started_at` text NOT NULL,
	`count` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `unknown_account_lockouts` (
	`email_hash` text PRIMARY KEY NOT NULL,
	`failed_sign_in_count` integer NOT NULL,
	`last_failed_sign_in_at` text,
	`locked_until` text,
	`lockout_count` integer NOT NULL
);
