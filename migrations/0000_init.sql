CREATE TABLE `actors` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`aliases` text NOT NULL,
	`parent_id` text,
	`location_id` text,
	`party_id` text,
	`role` text,
	FOREIGN KEY (`parent_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actors_kind` ON `actors` (`kind`);--> statement-breakpoint
CREATE INDEX `actors_parent` ON `actors` (`parent_id`);--> statement-breakpoint
CREATE INDEX `actors_location` ON `actors` (`location_id`);--> statement-breakpoint
CREATE INDEX `actors_party` ON `actors` (`party_id`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` text PRIMARY KEY NOT NULL,
	`file` text NOT NULL,
	`sha256` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`language` text NOT NULL,
	`date` text,
	`date_precision` text,
	`issuer_id` text,
	`scope_location_id` text,
	`programme_id` text,
	`url` text,
	`author` text,
	`evidence` text NOT NULL,
	`length` integer NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`issuer_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scope_location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `documents_file_unique` ON `documents` (`file`);--> statement-breakpoint
CREATE UNIQUE INDEX `documents_sha256_unique` ON `documents` (`sha256`);--> statement-breakpoint
CREATE INDEX `documents_kind` ON `documents` (`kind`);--> statement-breakpoint
CREATE INDEX `documents_date` ON `documents` (`date`);--> statement-breakpoint
CREATE INDEX `documents_issuer` ON `documents` (`issuer_id`);--> statement-breakpoint
CREATE INDEX `documents_scope` ON `documents` (`scope_location_id`);--> statement-breakpoint
CREATE INDEX `documents_programme` ON `documents` (`programme_id`);--> statement-breakpoint
CREATE TABLE `figures` (
	`id` text PRIMARY KEY NOT NULL,
	`measure_id` text NOT NULL,
	`document_id` text NOT NULL,
	`kind` text NOT NULL,
	`value` real NOT NULL,
	`value_max` real,
	`previous_value` real,
	`unit` text,
	`subject` text,
	`qualifier` text,
	`reference_date` text,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `figures_measure` ON `figures` (`measure_id`);--> statement-breakpoint
CREATE INDEX `figures_document` ON `figures` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `figures_unit_value` ON `figures` (`unit`,`value`);--> statement-breakpoint
CREATE INDEX `figures_value` ON `figures` (`value`);--> statement-breakpoint
CREATE INDEX `figures_kind` ON `figures` (`kind`);--> statement-breakpoint
CREATE INDEX `figures_reference_date` ON `figures` (`reference_date`);--> statement-breakpoint
CREATE TABLE `location_ancestors` (
	`location_id` text NOT NULL,
	`ancestor_id` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`ancestor_id`, `location_id`),
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ancestor_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `location_ancestors_location` ON `location_ancestors` (`location_id`);--> statement-breakpoint
CREATE TABLE `locations` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` text,
	`nis_code` text,
	`lat` real,
	`lon` real,
	`aliases` text NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `locations_nis_code_unique` ON `locations` (`nis_code`);--> statement-breakpoint
CREATE INDEX `locations_kind` ON `locations` (`kind`);--> statement-breakpoint
CREATE INDEX `locations_parent` ON `locations` (`parent_id`);--> statement-breakpoint
CREATE TABLE `measure_actors` (
	`measure_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`measure_id`, `actor_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_actors_actor` ON `measure_actors` (`actor_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_locations` (
	`measure_id` text NOT NULL,
	`location_id` text NOT NULL,
	`via` text NOT NULL,
	PRIMARY KEY(`measure_id`, `location_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_locations_location` ON `measure_locations` (`location_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_themes` (
	`measure_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`cues` text NOT NULL,
	PRIMARY KEY(`measure_id`, `theme_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_themes_theme` ON `measure_themes` (`theme_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `measures` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`programme_id` text,
	`ordinal` integer NOT NULL,
	`section` text,
	`block` integer NOT NULL,
	`block_kind` text NOT NULL,
	`statement_kind` text,
	`text` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_document_ordinal` ON `measures` (`document_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `measures_programme` ON `measures` (`programme_id`,`document_id`,`ordinal`);--> statement-breakpoint
CREATE INDEX `measures_statement_kind` ON `measures` (`statement_kind`);--> statement-breakpoint
CREATE TABLE `mentions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`measure_id` text,
	`actor_id` text,
	`location_id` text,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "mentions_one_entity" CHECK(("mentions"."actor_id" IS NULL) <> ("mentions"."location_id" IS NULL))
);
--> statement-breakpoint
CREATE INDEX `mentions_document` ON `mentions` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `mentions_measure` ON `mentions` (`measure_id`);--> statement-breakpoint
CREATE INDEX `mentions_actor` ON `mentions` (`actor_id`);--> statement-breakpoint
CREATE INDEX `mentions_location` ON `mentions` (`location_id`);--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `programme_locations` (
	`programme_id` text NOT NULL,
	`location_id` text NOT NULL,
	PRIMARY KEY(`programme_id`, `location_id`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programme_locations_location` ON `programme_locations` (`location_id`);--> statement-breakpoint
CREATE TABLE `programmes` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`issuer_id` text,
	`scope_location_id` text,
	`date` text,
	FOREIGN KEY (`issuer_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scope_location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `programmes_kind` ON `programmes` (`kind`);--> statement-breakpoint
CREATE INDEX `programmes_issuer` ON `programmes` (`issuer_id`);--> statement-breakpoint
CREATE INDEX `programmes_scope` ON `programmes` (`scope_location_id`);--> statement-breakpoint
CREATE INDEX `programmes_date` ON `programmes` (`date`);--> statement-breakpoint
CREATE TABLE `themes` (
	`id` text PRIMARY KEY NOT NULL,
	`label_nl` text NOT NULL,
	`label_en` text NOT NULL,
	`cues` text NOT NULL
);
