/** Temporary files of killed builds: removed by the next build, unless their build still runs. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildDatabase } from '../../src/ingest/build.js';
import { removeStaleTempFiles } from '../../src/ingest/temp-files.js';
import { defaultSeedsDir } from '../../src/paths.js';

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

t.test('stale temporary files of dead builds go, those of running builds and other files stay', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-tmp-'));
  const dbPath = join(dir, 'data.db');
  const dead = deadPid();
  const running = process.ppid;
  const names = [`data.db.${dead}.tmp`, `data.db.${dead}.tmp-journal`, `data.db.${dead}.tmp-wal`, `data.db.${dead}.tmp-compacted`, `data.db.${running}.tmp`, `data.db.${running}.tmp-compacted`, 'data.db', 'other.db.1.tmp', `data.db.${dead}.tmp.keep`];
  for (const name of names) writeFileSync(join(dir, name), 'x');
  const removed = removeStaleTempFiles(dbPath).map((p) => p.slice(dir.length + 1)).sort();
  t.same(removed, [`data.db.${dead}.tmp`, `data.db.${dead}.tmp-compacted`, `data.db.${dead}.tmp-journal`, `data.db.${dead}.tmp-wal`]);
  t.same(readdirSync(dir).sort(), [`data.db.${dead}.tmp.keep`, `data.db.${running}.tmp`, `data.db.${running}.tmp-compacted`, 'data.db', 'other.db.1.tmp'].sort());
  t.same(removeStaleTempFiles(join(dir, 'missing', 'x.db')), [], 'a missing folder has nothing to clean');
});

t.test('a build removes what killed builds left behind', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-tmp-'));
  const dbPath = join(dir, 'data.db');
  const dead = deadPid();
  for (const suffix of ['.tmp', '.tmp-journal', '.tmp-compacted']) writeFileSync(`${dbPath}.${dead}${suffix}`, 'partial');
  buildDatabase({ dbPath, seedsDir: defaultSeedsDir });
  t.same(readdirSync(dir), ['data.db'], 'nor does the build leave its own file or its compacted copy');
  t.ok(existsSync(dbPath));
});
