ALTER TABLE `documents` ADD `origins` text NOT NULL;--> statement-breakpoint
ALTER TABLE `documents` ADD `original_file` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `original_sha256` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `original_media_type` text;--> statement-breakpoint
ALTER TABLE `documents` ADD `page_count` integer;--> statement-breakpoint
ALTER TABLE `figures` ADD `page` integer;--> statement-breakpoint
ALTER TABLE `measures` ADD `page` integer;--> statement-breakpoint
ALTER TABLE `mentions` ADD `page` integer;