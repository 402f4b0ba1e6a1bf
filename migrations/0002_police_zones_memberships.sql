CREATE TABLE `actor_areas` (
	`actor_id` text NOT NULL,
	`location_id` text NOT NULL,
	`start` text,
	`end` text,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `actor_areas_actor` ON `actor_areas` (`actor_id`,`location_id`);--> statement-breakpoint
CREATE INDEX `actor_areas_location` ON `actor_areas` (`location_id`,`actor_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`organization_id` text NOT NULL,
	`role` text NOT NULL,
	`start` text,
	`end` text,
	`source` text,
	FOREIGN KEY (`person_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organization_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memberships_person` ON `memberships` (`person_id`,`start`);--> statement-breakpoint
CREATE INDEX `memberships_organization` ON `memberships` (`organization_id`,`start`);--> statement-breakpoint
ALTER TABLE `actors` ADD `official_number` text;--> statement-breakpoint
ALTER TABLE `actors` ADD `former_names` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `actors_official_number_unique` ON `actors` (`official_number`);