CREATE TABLE `series` (
	`id` text PRIMARY KEY NOT NULL,
	`actor_id` text,
	`location_id` text,
	`unit_kind` text NOT NULL,
	`points` integer NOT NULL,
	`first_date` text,
	`last_date` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "series_one_subject" CHECK(("series"."actor_id" IS NULL) <> ("series"."location_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `series_actor` ON `series` (`actor_id`);--> statement-breakpoint
CREATE INDEX `series_location` ON `series` (`location_id`);--> statement-breakpoint
CREATE INDEX `series_unit_kind` ON `series` (`unit_kind`);--> statement-breakpoint
ALTER TABLE `figures` ADD `subject_start` integer;--> statement-breakpoint
ALTER TABLE `figures` ADD `subject_end` integer;--> statement-breakpoint
ALTER TABLE `figures` ADD `subject_actor_id` text REFERENCES actors(id);--> statement-breakpoint
ALTER TABLE `figures` ADD `subject_location_id` text REFERENCES locations(id);--> statement-breakpoint
ALTER TABLE `figures` ADD `status` text NOT NULL;--> statement-breakpoint
ALTER TABLE `figures` ADD `direction` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `change` real;--> statement-breakpoint
ALTER TABLE `figures` ADD `unit_kind` text;--> statement-breakpoint
ALTER TABLE `figures` ADD `normalized_value` real;--> statement-breakpoint
ALTER TABLE `figures` ADD `series_id` text REFERENCES series(id);--> statement-breakpoint
CREATE INDEX `figures_status` ON `figures` (`status`);--> statement-breakpoint
CREATE INDEX `figures_unit_kind_value` ON `figures` (`unit_kind`,`normalized_value`);--> statement-breakpoint
CREATE INDEX `figures_subject_actor` ON `figures` (`subject_actor_id`,`reference_date`);--> statement-breakpoint
CREATE INDEX `figures_subject_location` ON `figures` (`subject_location_id`);--> statement-breakpoint
CREATE INDEX `figures_series` ON `figures` (`series_id`,`reference_date`);--> statement-breakpoint
CREATE INDEX `figures_direction` ON `figures` (`direction`);