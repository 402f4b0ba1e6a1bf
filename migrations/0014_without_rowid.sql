-- Link and lookup tables keyed by their primary key stored as that key (WITHOUT ROWID): a rowid
-- table keeps each row twice, once in the table by rowid and once in the primary key's own
-- index (sqlite_autoindex_…), and every lookup by the key reads both. Stored as their key, the
-- rows are read with one seek and the file holds them once (bench/db-size.ts; README,
-- "Database size"). The columns, keys, foreign keys and other indexes are those of 0000 and
-- 0005; a secondary index of such a table holds the key's columns where it held the rowid.
CREATE TABLE `__new_measure_themes` (
	`measure_id` text NOT NULL,
	`theme_id` text NOT NULL,
	`cues` text NOT NULL,
	PRIMARY KEY(`measure_id`, `theme_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`theme_id`) REFERENCES `themes`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_themes` (`measure_id`, `theme_id`, `cues`) SELECT `measure_id`, `theme_id`, `cues` FROM `measure_themes` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `measure_themes`;--> statement-breakpoint
ALTER TABLE `__new_measure_themes` RENAME TO `measure_themes`;--> statement-breakpoint
CREATE INDEX `measure_themes_theme` ON `measure_themes` (`theme_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `__new_measure_locations` (
	`measure_id` text NOT NULL,
	`location_id` text NOT NULL,
	`via` text NOT NULL,
	PRIMARY KEY(`measure_id`, `location_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_locations` (`measure_id`, `location_id`, `via`) SELECT `measure_id`, `location_id`, `via` FROM `measure_locations` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `measure_locations`;--> statement-breakpoint
ALTER TABLE `__new_measure_locations` RENAME TO `measure_locations`;--> statement-breakpoint
CREATE INDEX `measure_locations_location` ON `measure_locations` (`location_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `__new_measure_actors` (
	`measure_id` text NOT NULL,
	`actor_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`measure_id`, `actor_id`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `actors`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_actors` (`measure_id`, `actor_id`, `role`) SELECT `measure_id`, `actor_id`, `role` FROM `measure_actors` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `measure_actors`;--> statement-breakpoint
ALTER TABLE `__new_measure_actors` RENAME TO `measure_actors`;--> statement-breakpoint
CREATE INDEX `measure_actors_actor` ON `measure_actors` (`actor_id`,`measure_id`);--> statement-breakpoint
CREATE TABLE `__new_measure_similarities` (
	`measure_id` text NOT NULL,
	`similar_id` text NOT NULL,
	`rank` integer NOT NULL,
	`score` real NOT NULL,
	`terms` text NOT NULL,
	PRIMARY KEY(`measure_id`, `rank`),
	FOREIGN KEY (`measure_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`similar_id`) REFERENCES `measures`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_measure_similarities` (`measure_id`, `similar_id`, `rank`, `score`, `terms`) SELECT `measure_id`, `similar_id`, `rank`, `score`, `terms` FROM `measure_similarities` ORDER BY 1, 3;--> statement-breakpoint
DROP TABLE `measure_similarities`;--> statement-breakpoint
ALTER TABLE `__new_measure_similarities` RENAME TO `measure_similarities`;--> statement-breakpoint
CREATE INDEX `measure_similarities_similar` ON `measure_similarities` (`similar_id`);--> statement-breakpoint
CREATE TABLE `__new_location_ancestors` (
	`location_id` text NOT NULL,
	`ancestor_id` text NOT NULL,
	`depth` integer NOT NULL,
	PRIMARY KEY(`ancestor_id`, `location_id`),
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`ancestor_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_location_ancestors` (`location_id`, `ancestor_id`, `depth`) SELECT `location_id`, `ancestor_id`, `depth` FROM `location_ancestors` ORDER BY 2, 1;--> statement-breakpoint
DROP TABLE `location_ancestors`;--> statement-breakpoint
ALTER TABLE `__new_location_ancestors` RENAME TO `location_ancestors`;--> statement-breakpoint
CREATE INDEX `location_ancestors_location` ON `location_ancestors` (`location_id`);--> statement-breakpoint
CREATE TABLE `__new_programme_locations` (
	`programme_id` text NOT NULL,
	`location_id` text NOT NULL,
	PRIMARY KEY(`programme_id`, `location_id`),
	FOREIGN KEY (`programme_id`) REFERENCES `programmes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`location_id`) REFERENCES `locations`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_programme_locations` (`programme_id`, `location_id`) SELECT `programme_id`, `location_id` FROM `programme_locations` ORDER BY 1, 2;--> statement-breakpoint
DROP TABLE `programme_locations`;--> statement-breakpoint
ALTER TABLE `__new_programme_locations` RENAME TO `programme_locations`;--> statement-breakpoint
CREATE INDEX `programme_locations_location` ON `programme_locations` (`location_id`);
--> statement-breakpoint
-- The full-text index without its own record of each row's length (`columnsize = 0`: no
-- `search_index_docsize` table, a tenth of the index's bytes): a search reads the length from
-- `search_rows.tokens` (src/queries/search.ts), and FTS5, should it ever need one, counts it
-- from the row. Terms, positions and statistics are the same; the index is written again from its rows.
DROP TABLE `search_vocab`;
--> statement-breakpoint
DROP TABLE `search_index`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(
	`kind` UNINDEXED,
	`ref` UNINDEXED,
	`body`,
	content = 'search_rows',
	content_rowid = 'id',
	columnsize = 0,
	tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO `search_index` (`search_index`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_index`, row);
