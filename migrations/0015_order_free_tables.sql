-- Seven tables stored in key order whatever the history (WITHOUT ROWID): an incremental build
-- deletes and appends rows in these tables where a clean build writes them in key order, and as
-- rowid tables their rowids recorded that order, so the two files' bytes differed (README,
-- "Identical to a clean build"). Each is recreated with its own definition, filled in key
-- order, and its indexes created again. The primary keys are those of the tables before.
CREATE TABLE `__new_measure_places` (
	`ancestor_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`ancestor_id`, `document_id`, `ordinal`, `measure_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_places` SELECT `ancestor_id`, `document_id`, `ordinal`, `measure_id` FROM `measure_places` ORDER BY 1, 2, 3, 4;--> statement-breakpoint
DROP TABLE `measure_places`;--> statement-breakpoint
ALTER TABLE `__new_measure_places` RENAME TO `measure_places`;--> statement-breakpoint
CREATE TABLE `__new_measure_theme_order` (
	`theme_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`theme_id`, `document_id`, `ordinal`, `measure_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_theme_order` SELECT `theme_id`, `document_id`, `ordinal`, `measure_id` FROM `measure_theme_order` ORDER BY 1, 2, 3, 4;--> statement-breakpoint
DROP TABLE `measure_theme_order`;--> statement-breakpoint
ALTER TABLE `__new_measure_theme_order` RENAME TO `measure_theme_order`;--> statement-breakpoint
CREATE TABLE `__new_measure_actor_order` (
	`actor_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`actor_id`, `document_id`, `ordinal`, `measure_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_actor_order` SELECT `actor_id`, `document_id`, `ordinal`, `measure_id` FROM `measure_actor_order` ORDER BY 1, 2, 3, 4;--> statement-breakpoint
DROP TABLE `measure_actor_order`;--> statement-breakpoint
ALTER TABLE `__new_measure_actor_order` RENAME TO `measure_actor_order`;--> statement-breakpoint
CREATE TABLE `__new_measure_date_order` (
	`date_key` text NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`date_key`, `measure_id`)
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_date_order` SELECT `date_key`, `measure_id` FROM `measure_date_order` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `measure_date_order`;--> statement-breakpoint
ALTER TABLE `__new_measure_date_order` RENAME TO `measure_date_order`;--> statement-breakpoint
CREATE INDEX `measure_date_order_newest` ON `measure_date_order` ("date_key" DESC,`measure_id`);--> statement-breakpoint
CREATE TABLE `__new_record_states` (
	`collection` text NOT NULL,
	`id` text NOT NULL,
	`digest` text NOT NULL,
	`first_build` integer NOT NULL,
	`last_build` integer NOT NULL,
	PRIMARY KEY(`collection`, `id`),
	FOREIGN KEY (`first_build`) REFERENCES `builds`(`seq`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_build`) REFERENCES `builds`(`seq`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_record_states` SELECT `collection`, `id`, `digest`, `first_build`, `last_build` FROM `record_states` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `record_states`;--> statement-breakpoint
ALTER TABLE `__new_record_states` RENAME TO `record_states`;--> statement-breakpoint
CREATE INDEX `record_states_last_build` ON `record_states` (`collection`,`last_build`);--> statement-breakpoint
CREATE TABLE `__new_search_terms` (
	`term` text PRIMARY KEY NOT NULL,
	`rows` integer NOT NULL,
	`tokens` integer NOT NULL
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_search_terms` SELECT `term`, `rows`, `tokens` FROM `search_terms` ORDER BY 1;--> statement-breakpoint
DROP TABLE `search_terms`;--> statement-breakpoint
ALTER TABLE `__new_search_terms` RENAME TO `search_terms`;--> statement-breakpoint
-- series is the parent of figures.series_id: dropping it deletes its rows first (with foreign keys
-- on), which leaves the figures that name a series without one. Deferred, those violations are
-- counted, and inserting the same rows into the new table under the old name counts them off
-- again before the migrations' transaction commits.
PRAGMA defer_foreign_keys = ON;--> statement-breakpoint
CREATE TEMP TABLE `__series_rows` AS SELECT `id`, `actor_id`, `location_id`, `unit_kind`, `points`, `first_date`, `last_date` FROM `series`;--> statement-breakpoint
CREATE TABLE `__new_series` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text,
	`location_id` text,
	`unit_kind` text NOT NULL,
	`points` integer NOT NULL,
	`first_date` text,
	`last_date` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "series_one_subject" CHECK((`actor_id` IS NULL) <> (`location_id` IS NULL))
) WITHOUT ROWID;
--> statement-breakpoint
DROP TABLE `series`;--> statement-breakpoint
ALTER TABLE `__new_series` RENAME TO `series`;--> statement-breakpoint
INSERT INTO `series` SELECT * FROM temp.`__series_rows` ORDER BY `id`;--> statement-breakpoint
DROP TABLE temp.`__series_rows`;--> statement-breakpoint
CREATE INDEX `series_actor` ON `series` (`actor_id`);--> statement-breakpoint
CREATE INDEX `series_location` ON `series` (`location_id`);--> statement-breakpoint
CREATE INDEX `series_unit_kind` ON `series` (`unit_kind`);
