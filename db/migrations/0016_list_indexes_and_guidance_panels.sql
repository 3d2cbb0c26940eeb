CREATE TABLE `guidance_panels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`version` text NOT NULL,
	`content` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `guidance_panels_content_unique` ON `guidance_panels` (`content`);--> statement-breakpoint
DROP INDEX `billing_lines_day_idx`;--> statement-breakpoint
CREATE INDEX `billing_lines_day_idx` ON `billing_lines` (`clinician_id`,`date_of_service`,`client_id`);--> statement-breakpoint
DROP INDEX `crisis_sessions_clinician_idx`;--> statement-breakpoint
ALTER TABLE `crisis_sessions` ADD `guidance_panel_id` integer REFERENCES guidance_panels(id);--> statement-breakpoint
CREATE INDEX `crisis_sessions_list_idx` ON `crisis_sessions` (`clinician_id`,`created_at`,`id`,`status`,`date_of_service`,`client_id`);--> statement-breakpoint
CREATE INDEX `crisis_sessions_clinician_day_idx` ON `crisis_sessions` (`clinician_id`,`date_of_service`,`created_at`,`id`,`status`,`client_id`);--> statement-breakpoint
CREATE INDEX `crisis_sessions_clinician_idx` ON `crisis_sessions` (`clinician_id`,`status`,`created_at`,`id`,`date_of_service`,`client_id`);