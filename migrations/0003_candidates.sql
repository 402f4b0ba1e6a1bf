CREATE TABLE `candidates` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`measure_id` text,
	`kind` text NOT NULL,
	`cue` text,
	`quote` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `candidates_document` ON `candidates` (`document_id`,`start`);--> statement-breakpoint
CREATE INDEX `candidates_kind` ON `candidates` (`kind`);--> statement-breakpoint
CREATE INDEX `candidates_measure` ON `candidates` (`measure_id`);