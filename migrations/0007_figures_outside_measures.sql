PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`previous_value` real,
	`unit` text,
	`subject` text,
	`subject_start` integer,
	`subject_end` integer,
	`subject_actor_id` text,
	`subject_location_id` text,
	`status` text NOT NULL,
	`direction` text,
	`change` real,
	`unit_kind` text,
	`normalized_value` real,
	`series_id` text,
	`qualifier` text,
	`reference_date` text,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`page` integer,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`series_id`) REFERENCES `series`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_figures`("id", "measure_id", "document_id", "kind", "value", "value_max", "previous_value", "unit", "subject", "subject_start", "subject_end", "subject_actor_id", "subject_location_id", "status", "direction", "change", "unit_kind", "normalized_value", "series_id", "qualifier", "reference_date", "quote", "start", "end", "page") SELECT "id", "measure_id", "document_id", "kind", "value", "value_max", "previous_value", "unit", "subject", "subject_start", "subject_end", "subject_actor_id", "subject_location_id", "status", "direction", "change", "unit_kind", "normalized_value", "series_id", "qualifier", "reference_date", "quote", "start", "end", "page" FROM `figures`;--> statement-breakpoint
DROP TABLE `figures`;--> statement-breakpoint
ALTER TABLE `__new_figures` RENAME TO `figures`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `figures_measure` ON `figures` (`measure_id`);--> statement-breakpoint
CREATE INDEX `figures_status` ON `figures` (`status`);--> statement-breakpoint
CREATE INDEX `figures_unit_kind_value` ON `figures` (`unit_kind`,`normalized_value`);--> statement-breakpoint
CREATE INDEX `figures_subject_actor` ON `figures` (`subject_actor_id`,`reference_date`);--> statement-breakpoint
CREATE INDEX `figures_subject_location` ON `figures` (`subject_location_id`);--> statement-breakpoint
CREATE INDEX `figures_series` ON `figures` (`series_id`,`reference_date`);--> statement-breakpoint
CREATE INDEX `figures_direction` ON `figures` (`direction`);--> statement-breakpoint
CREATE INDEX `figures_document` ON `figures` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `figures_unit_value` ON `figures` (`unit`,`value`);--> statement-breakpoint
CREATE INDEX `figures_value` ON `figures` (`value`);--> statement-breakpoint
CREATE INDEX `figures_kind` ON `figures` (`kind`);--> statement-breakpoint
CREATE INDEX `figures_reference_date` ON `figures` (`reference_date`);