CREATE TABLE `builds` (
	`seq` integer PRIMARY KEY NOT NULL,
	`version` text NOT NULL,
	`built_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `builds_version` ON `builds` (`version`);--> statement-breakpoint
CREATE INDEX `builds_built_at` ON `builds` (`built_at`);--> statement-breakpoint
CREATE TABLE `changes` (
	`seq` integer PRIMARY KEY NOT NULL,
	`build` integer NOT NULL,
	`collection` text NOT NULL,
	`record_id` text NOT NULL,
	`action` text NOT NULL,
	FOREIGN KEY (`build`) REFERENCES `builds`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `changes_build` ON `changes` (`build`,`seq`);--> statement-breakpoint
CREATE TABLE `measure_similarities` (
	`measure_id` text NOT NULL,
	`similar_id` text NOT NULL,
	`rank` integer NOT NULL,
	`score` real NOT NULL,
	`terms` text NOT NULL,
	PRIMARY KEY(`measure_id`, `rank`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`similar_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measure_similarities_similar` ON `measure_similarities` (`similar_id`);--> statement-breakpoint
CREATE TABLE `record_states` (
	`collection` text NOT NULL,
	`id` text NOT NULL,
	`digest` text NOT NULL,
	`first_build` integer NOT NULL,
	`last_build` integer NOT NULL,
	PRIMARY KEY(`collection`, `id`),
	FOREIGN KEY (`first_build`) REFERENCES `builds`(`seq`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_build`) REFERENCES `builds`(`seq`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `record_states_last_build` ON `record_states` (`collection`,`last_build`);