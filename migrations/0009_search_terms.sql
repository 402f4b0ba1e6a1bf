CREATE TABLE `search_terms` (
	`term` text PRIMARY KEY NOT NULL,
	`rows` integer NOT NULL,
	`tokens` integer NOT NULL
);
--> statement-breakpoint
-- The index's vocabulary, read by the load (src/ingest/load.ts, refreshSearchTerms) to fill search_terms.
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_index`, row);
--> statement-breakpoint
-- Filled here as the load fills it, so an existing database gains the statistics in place.
INSERT INTO `search_terms` (`term`, `rows`, `tokens`) SELECT `term`, `doc`, `cnt` FROM `search_vocab`;
--> statement-breakpoint
INSERT INTO `search_terms` (`term`, `rows`, `tokens`) VALUES ('', (SELECT count(*) FROM `search_index`), (SELECT coalesce(sum(`cnt`), 0) FROM `search_vocab`));
