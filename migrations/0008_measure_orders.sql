CREATE TABLE `measure_date_order` (
	`date_key` text NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`date_key`, `measure_id`)
);
--> statement-breakpoint
CREATE INDEX `measure_date_order_newest` ON `measure_date_order` ("date_key" DESC,`measure_id`);--> statement-breakpoint
CREATE TABLE `measure_places` (
	`ancestor_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`ancestor_id`, `document_id`, `ordinal`, `measure_id`)
);
