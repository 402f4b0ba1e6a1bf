CREATE TABLE `measure_places` (
	`ancestor_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`ancestor_id`, `document_id`, `ordinal`, `measure_id`)
);
