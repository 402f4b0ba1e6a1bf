CREATE TABLE `measure_actor_order` (
	`actor_id` text NOT NULL,
	`document_id` text NOT NULL,
	`ordinal` integer NOT NULL,
	`measure_id` text NOT NULL,
	PRIMARY KEY(`actor_id`, `document_id`, `ordinal`, `measure_id`)
);

--> statement-breakpoint
INSERT INTO `measure_actor_order` (`actor_id`, `document_id`, `ordinal`, `measure_id`) SELECT ma.`actor_id`, m.`document_id`, m.`ordinal`, m.`id` FROM `measure_actors` ma JOIN `measures` m ON m.`id` = ma.`measure_id` ORDER BY 1, 2, 3, 4;