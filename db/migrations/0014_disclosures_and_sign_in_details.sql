CREATE TABLE `disclosures` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`disclosed_on` text NOT NULL,
	`recipient` text NOT NULL,
	`description` text NOT NULL,
	`purpose` text NOT NULL,
	`corrects_id` text,
	`recorded_by_id` text NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`corrects_id`) REFERENCES `disclosures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `disclosures_client_idx` ON `disclosures` (`client_id`,`disclosed_on`);--> statement-breakpoint
ALTER TABLE `sign_ins` ADD `last_seen_at` text;--> statement-breakpoint
ALTER TABLE `sign_ins` ADD `device` text;--> statement-breakpoint
ALTER TABLE `users` ADD `password_reset_by_id` text;--> statement-breakpoint
ALTER TABLE `users` ADD `password_reset_at` text;