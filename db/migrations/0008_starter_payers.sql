-- A practice set up before payers existed gets the same three starter payers as a new one
-- (db/practice.ts completeSetup). Values as BILLING-RULES §8's defaults were on this day.
INSERT INTO payers (id, name, rule_set, video_modifier, audio_only_modifier, non_office_crisis_sites, midnight, claims_payer_id, supervised_npi, active, created_at, updated_at)
SELECT lower(hex(randomblob(16))), 'Commercial (CPT rules)', 'cpt', '95', '93', '', 'split', NULL, 'rendering', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM practice_settings) AND NOT EXISTS (SELECT 1 FROM payers WHERE name = 'Commercial (CPT rules)');
--> statement-breakpoint
INSERT INTO payers (id, name, rule_set, video_modifier, audio_only_modifier, non_office_crisis_sites, midnight, claims_payer_id, supervised_npi, active, created_at, updated_at)
SELECT lower(hex(randomblob(16))), 'Medicare', 'medicare', '', '93', '03,04,12,13,14,15,16,27', 'split', NULL, 'rendering', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM practice_settings) AND NOT EXISTS (SELECT 1 FROM payers WHERE name = 'Medicare');
--> statement-breakpoint
INSERT INTO payers (id, name, rule_set, video_modifier, audio_only_modifier, non_office_crisis_sites, midnight, claims_payer_id, supervised_npi, active, created_at, updated_at)
SELECT lower(hex(randomblob(16))), 'Self-pay', 'cpt', '95', '93', '', 'split', NULL, 'rendering', 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
WHERE EXISTS (SELECT 1 FROM practice_settings) AND NOT EXISTS (SELECT 1 FROM payers WHERE name = 'Self-pay');
