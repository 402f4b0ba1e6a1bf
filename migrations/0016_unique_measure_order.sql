-- A measure's place in its document, (document_id, ordinal), is unique: each ordinal numbers one
-- measure of its document. Declared, SQLite knows that the order document, ordinal is total, so a
-- list in the default order (…, m.id) walks measures_document_ordinal or measures_programme without
-- sorting ties on the id in a temporary b-tree (the plan's USE TEMP B-TREE FOR LAST TERM OF ORDER BY).
DROP INDEX `measures_document_ordinal`;--> statement-breakpoint
CREATE UNIQUE INDEX `measures_document_ordinal` ON `measures` (`document_id`,`ordinal`);--> statement-breakpoint
DROP INDEX `measures_programme`;--> statement-breakpoint
CREATE UNIQUE INDEX `measures_programme` ON `measures` (`programme_id`,`document_id`,`ordinal`);
