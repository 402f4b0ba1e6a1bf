/**
 * A warm rebuild does work proportional to what changed: the extraction cache and the
 * staleness check do not depend on where the corpus folder lies or where the build runs from,
 * and an unchanged document's file is not read again (its size, times and inode vouch for it,
 * its checksum decides when they differ).
 */
import { cpSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { buildDatabase, isStale } from '../../src/ingest/build.js';
import { defaultSeedsDir } from '../../src/paths.js';

const builtAt = new Date('2026-01-01T00:00:00Z');

t.test('the extraction cache and the staleness check do not depend on the corpus folder’s path', async (t) => {
  const dir = t.testdir({});
  const first = join(dir, 'first');
  cpSync(defaultSeedsDir, first, { recursive: true });
  const cachePath = join(dir, 'cache.db');
  const dbPath = join(dir, 'live.db');
  t.equal(buildDatabase({ dbPath, seedsDir: first, cachePath, builtAt }).extracted, 5);
  const moved = join(dir, 'moved');
  renameSync(first, moved);
  t.notOk(isStale(dbPath, moved), 'the same corpus elsewhere is the same input');
  const rebuilt = buildDatabase({ dbPath, seedsDir: moved, cachePath, builtAt });
  t.equal(rebuilt.extracted, 0, 'nothing is extracted again');
  t.ok(rebuilt.incremental);
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    t.notOk(isStale('live.db', 'moved'), 'nor from another working directory');
    t.equal(buildDatabase({ dbPath: 'live.db', seedsDir: 'moved', cachePath: 'cache.db', builtAt }).extracted, 0);
  } finally {
    process.chdir(cwd);
  }
});
