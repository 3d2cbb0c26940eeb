CREATE TABLE `review_queue` (
	`session_id` text PRIMARY KEY NOT NULL,
	`clinician_id` text NOT NULL,
	`submitted_at` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `crisis_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`clinician_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_queue_clinician_idx` ON `review_queue` (`clinician_id`,`submitted_at`);