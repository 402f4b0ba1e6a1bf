/** Temporary files of killed builds: removed by the next build, unless their build still runs. */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { buildDatabase } from '../../src/ingest/build.js';
import { removeStaleTempFiles, replaceFile } from '../../src/ingest/temp-files.js';
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
  // A killed render of the list renderings leaves its file too (src/ingest/render-lists.ts writes them after the data).
  writeFileSync(join(dir, `data.renderings.db.${dead}.tmp`), 'partial');
  buildDatabase({ dbPath, seedsDir: defaultSeedsDir });
  t.same(readdirSync(dir).sort(), ['data.db', 'data.renderings.db'], 'nor does the build leave its own file or its compacted copy: the data and its list renderings');
  t.ok(existsSync(dbPath));
});

/** What a file descriptor of this process points at (Linux: `/proc/self/fd`; a removed file's name ends in " (deleted)"). */
const pointsAt = (fd: number) => readlinkSync(`/proc/self/fd/${fd}`);

t.test('replaceFile renames a complete file into place, holding the replaced one open until it is let go', { skip: !existsSync('/proc/self/fd') && 'needs /proc' }, async (t) => {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'blauwdruk-replace-')));
  const [target, complete] = [join(dir, 'data.db'), join(dir, 'data.db.1.tmp')];
  writeFileSync(target, 'de vorige build');
  writeFileSync(complete, 'de nieuwe build');
  const released: string[] = [];
  await replaceFile(complete, target, async (fd) => {
    released.push(pointsAt(fd), readFileSync(target, 'utf8'));
    closeSync(fd);
  });
  t.same(released, [`${target} (deleted)`, 'de nieuwe build'], 'let go after the rename: the replaced file, held open, no longer named; the new one in place');
  t.notOk(existsSync(complete));

  writeFileSync(complete, 'nog een build');
  await replaceFile(complete, target);
  t.equal(readFileSync(target, 'utf8'), 'nog een build', 'by default let go on libuv\'s threads');

  writeFileSync(complete, 'een eerste build');
  await replaceFile(complete, join(dir, 'nieuw.db'), async () => {
    t.fail('nothing to let go');
  });
  t.equal(readFileSync(join(dir, 'nieuw.db'), 'utf8'), 'een eerste build', 'a target that did not exist');

  // The descriptors open on the target, not the process's count of all: the runtime opens and closes
  // descriptors of its own meanwhile (Node 24 did, between two counts, in CI).
  const heldOnTarget = () => readdirSync('/proc/self/fd').filter((fd) => {
    try {
      return pointsAt(Number(fd)) === target;
    } catch {
      return false; // closed since the listing (the listing's own descriptor among them)
    }
  }).length;
  t.throws(() => replaceFile(join(dir, 'ontbreekt.tmp'), target), { code: 'ENOENT' }, 'a rename that fails throws');
  t.equal(heldOnTarget(), 0, 'and holds nothing open on the target');
  t.equal(readFileSync(target, 'utf8'), 'nog een build', 'the target as it was');
});
