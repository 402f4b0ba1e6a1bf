-- The full-text index's rows in a table of their own (schema.ts, searchRows): kind, id, stems and
-- their number, read by a search with one lookup by rowid. `search_index` becomes an FTS5 index
-- over it (external content): FTS5 keeps its index and sizes, this table the values.
CREATE TABLE `search_rows` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`ref` text NOT NULL,
	`tokens` integer NOT NULL,
	`body` text NOT NULL
);
--> statement-breakpoint
-- The rows as the previous index held them, at their rowids; `tokens` is the number of stems
-- (single spaces between them), which is how the load counts them (load.ts, indexForSearch).
INSERT INTO `search_rows` (`id`, `kind`, `ref`, `tokens`, `body`)
  SELECT `id`, `c0`, `c1`, CASE WHEN `c2` = '' THEN 0 ELSE length(`c2`) - length(replace(`c2`, ' ', '')) + 1 END, `c2`
  FROM `search_index_content` ORDER BY `id`;
--> statement-breakpoint
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
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- The index written again from the rows (the same stems, the same tokenizer: the same terms and statistics).
INSERT INTO `search_index` (`search_index`) VALUES ('rebuild');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_vocab` USING fts5vocab(`search_index`, row);
--> statement-breakpoint
-- The index follows its rows: the load writes and deletes `search_rows` only. An external
-- content index removes a row's terms given its old values, so a deleted row is passed to it.
CREATE TRIGGER `search_rows_insert` AFTER INSERT ON `search_rows` BEGIN
  INSERT INTO `search_index` (`rowid`, `kind`, `ref`, `body`) VALUES (new.`id`, new.`kind`, new.`ref`, new.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_rows_delete` AFTER DELETE ON `search_rows` BEGIN
  INSERT INTO `search_index` (`search_index`, `rowid`, `kind`, `ref`, `body`) VALUES ('delete', old.`id`, old.`kind`, old.`ref`, old.`body`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_rows_update` AFTER UPDATE ON `search_rows` BEGIN
  INSERT INTO `search_index` (`search_index`, `rowid`, `kind`, `ref`, `body`) VALUES ('delete', old.`id`, old.`kind`, old.`ref`, old.`body`);
  INSERT INTO `search_index` (`rowid`, `kind`, `ref`, `body`) VALUES (new.`id`, new.`kind`, new.`ref`, new.`body`);
END;
