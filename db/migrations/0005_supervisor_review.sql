CREATE TABLE `note_reviews` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`author_id` text NOT NULL,
	`author_name` text NOT NULL,
	`author_credentials` text,
	`kind` text NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `crisis_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `note_reviews_session_idx` ON `note_reviews` (`session_id`,`seq`);--> statement-breakpoint
ALTER TABLE `crisis_sessions` ADD `signer_name` text;--> statement-breakpoint
ALTER TABLE `crisis_sessions` ADD `signer_credentials` text;--> statement-breakpoint
ALTER TABLE `crisis_sessions` ADD `cosigner_name` text;--> statement-breakpoint
ALTER TABLE `crisis_sessions` ADD `cosigner_credentials` text;--> statement-breakpoint
ALTER TABLE `practice_settings` ADD `review_due_days` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `review_mode` text DEFAULT 'cosign_required' NOT NULL;