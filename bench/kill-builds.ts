/**
 * `node --import tsx bench/kill-builds.ts`: builds a database once, then starts KILLS
 * (default 100) more builds of the same target and SIGKILLs each at a random moment of
 * its run. After every kill the previous database must be byte-identical; at the end, one
 * more build must remove every temporary file the killed builds left. Prints the kill
 * points, the strays seen and the verdict; exits non-zero on any failure.
 *
 *   KILLS=100 node --import tsx bench/kill-builds.ts      # the full run (minutes)
 *   KILLS=5 node --import tsx bench/kill-builds.ts        # a short one
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { cachePathFor } from '../src/ingest/run-build.js';
import { packageRoot } from '../src/paths.js';

const KILLS = Number(process.env.KILLS ?? 100);
const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-kill-'));
const dbPath = join(dir, 'data.db');
const cli = join(packageRoot, 'src', 'cli.ts');
// A fixed build time, so a build that completes before its kill writes the same rows.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1767225600' };

/** Runs a build; with `killAfter` (ms), SIGKILLs it then. Resolves with its duration and how it ended. */
function build(killAfter?: number): Promise<{ ms: number; code: number | null; signal: NodeJS.Signals | null }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', cli, 'build', '--db', dbPath], { env, stdio: 'ignore' });
  const timer = killAfter === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfter);
  return new Promise((resolve) => child.on('exit', (code, signal) => {
    clearTimeout(timer);
    resolve({ ms: Date.now() - started, code, signal });
  }));
}

const sha = () => createHash('sha256').update(readFileSync(dbPath)).digest('hex');
/** The file's inode: a build's atomic rename puts a new one in place; writing in place keeps it. */
const inode = () => statSync(dbPath).ino;
/** Whether the file is a whole SQLite database (`PRAGMA quick_check`). */
function sound(): boolean {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('quick_check', { simple: true }) === 'ok';
  } finally {
    db.close();
  }
}
// The extraction cache beside the database is kept on purpose (a warm rebuild reads it); any other file is a stray.
const kept = new Set(['data.db', basename(cachePathFor(dbPath))]);
const strays = () => readdirSync(dir).filter((name) => !kept.has(name));

const first = await build();
if (first.code !== 0) throw new Error(`the first build failed (${first.code})`);
// The database a killed build must leave untouched: the first build's, then each swapped-in one's.
let reference = sha();
console.log(`first build: ${first.ms} ms; killing ${KILLS} builds at random points in [0, ${first.ms}] ms`);
let changed = 0;
let swapped = 0;
let swappedThenKilled = 0;
let broken = 0;
let maxStrays = 0;
const completed: number[] = [];
for (let i = 0; i < KILLS; i++) {
  const at = Math.floor(Math.random() * first.ms);
  const before = inode();
  const run = await build(at);
  if (run.signal !== 'SIGKILL') completed.push(at);
  if (inode() !== before) {
    // The build got as far as its rename: the new file replaced the old one whole (a build also
    // writes its own history row, so its bytes always differ), even when the kill came between the
    // rename and the exit. It must be a sound database, and is the one the next kill must keep.
    swapped++;
    if (run.signal === 'SIGKILL') swappedThenKilled++;
    if (!sound()) {
      broken++;
      console.log(`kill ${i + 1} at ${at} ms: the swapped-in database is NOT sound`);
    }
    reference = sha();
  } else if (sha() !== reference) {
    changed++;
    console.log(`kill ${i + 1} at ${at} ms: the database CHANGED in place`);
  }
  maxStrays = Math.max(maxStrays, strays().length);
  process.stdout.write(`kill ${i + 1}/${KILLS} at ${at} ms: ${run.signal ?? `exit ${run.code}`}, ${strays().length} stray file(s)\n`);
}
const last = await build();
const left = strays();
console.log(`\n${KILLS} kills: the previous database byte-identical after ${KILLS - swapped - changed} of the ${KILLS - swapped} builds stopped before their rename; ${swapped} build(s) renamed a new database into place (${completed.length} finished before their kill point, ${swappedThenKilled} killed after the rename), ${swapped - broken} of them sound (quick_check); at most ${maxStrays} stray temp file(s) at once (each cleaned by the next build); after one more build (exit ${last.code}): ${left.length} stray file(s)${left.length ? `: ${left.join(', ')}` : ''}`);
process.exitCode = changed === 0 && broken === 0 && left.length === 0 && last.code === 0 ? 0 : 1;
