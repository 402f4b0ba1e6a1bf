-- Full-text index over measures, figures and documents. The body holds Dutch snowball
-- stems computed in JavaScript (src/text/stem.ts) for indexed and query text alike, so
-- "politiekantoor" finds "politiekantoren"; unicode61 with remove_diacritics 2 folds the rest.
CREATE VIRTUAL TABLE `search_index` USING fts5(
  `kind` UNINDEXED,
  `ref` UNINDEXED,
  `body`,
  tokenize = 'unicode61 remove_diacritics 2'
);
