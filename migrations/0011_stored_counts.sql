CREATE TABLE `stored_counts` (
	`collection` text NOT NULL,
	`filter` text NOT NULL,
	`key` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	`name` text NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`collection`, `filter`, `key`, `facet`, `value`)
);
