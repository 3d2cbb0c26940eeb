CREATE TABLE `payers` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`rule_set` text NOT NULL,
	`video_modifier` text NOT NULL,
	`audio_only_modifier` text NOT NULL,
	`non_office_crisis_sites` text NOT NULL,
	`midnight` text NOT NULL,
	`claims_payer_id` text,
	`supervised_npi` text DEFAULT 'rendering' NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payers_name_unique` ON `payers` (`name`);--> statement-breakpoint
ALTER TABLE `billing_lines` ADD `payer_id` text;--> statement-breakpoint
ALTER TABLE `billing_lines` ADD `payer_name` text;--> statement-breakpoint
ALTER TABLE `billing_lines` ADD `rule_set` text DEFAULT 'cpt' NOT NULL;--> statement-breakpoint
ALTER TABLE `billing_lines` ADD `diagnosis_codes` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `clients` ADD `pronouns` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `phone` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `address` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `emergency_contact_name` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `emergency_contact_relation` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `emergency_contact_phone` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `payer_id` text REFERENCES payers(id);--> statement-breakpoint
ALTER TABLE `clients` ADD `member_id` text;--> statement-breakpoint
ALTER TABLE `clients` ADD `group_number` text;