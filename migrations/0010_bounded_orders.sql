CREATE TABLE `measure_theme_order` (
	`theme_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`theme_id`, `document_id`, `ordinal`, `measure_id`)
);
--> statement-breakpoint
INSERT INTO `measure_theme_order` (`theme_id`, `document_id`, `ordinal`, `measure_id`) SELECT mt.`theme_id`, m.`document_id`, m.`ordinal`, m.`id` FROM `measure_themes` mt JOIN `measures` m ON m.`id` = mt.`measure_id` ORDER BY 1, 2, 3, 4;--> statement-breakpoint
CREATE INDEX `figures_unit_order` ON `figures` (`unit`,`document_id`,`start`,`id`);