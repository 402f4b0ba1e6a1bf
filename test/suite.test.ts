/**
 * npm test's plan (test/helpers/suite.mjs): every test file runs exactly once, and files
 * that touch what a process holds run alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import t from 'tap';
import { packageRoot } from '../src/paths.js';
import { OTHERS, plan } from './helpers/suite.mjs';

const testFiles = readdirSync(join(packageRoot, 'test'), { recursive: true })
  .map((f) => join('test', String(f)))
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

t.test('every test file is in exactly one run', async (t) => {
  const { groups, alone } = plan(testFiles, (f) => readFileSync(join(packageRoot, f), 'utf8'));
  const planned = [...[...groups.values()].flat(), ...alone].sort();
  t.same(planned, testFiles);
  t.ok(groups.size > 0, 'some files share a process');
  for (const [dir, members] of groups) {
    t.ok(members.length > 1, `${dir}: a group has several files`);
    if (dir !== OTHERS) t.ok(members.every((f) => dirname(f) === dir), `${dir}: one folder`);
  }
});

t.test('a file with child processes, a browser, mocks, process listeners or heap measurements runs alone', async (t) => {
  const sources: Record<string, string> = {
    'test/x/plain.test.ts': "import t from 'tap';",
    'test/x/other.test.ts': "import { fixtureApp } from '../helpers/fixture-db.js';",
    'test/x/spawns.test.ts': "import { spawn } from 'node:child_process';",
    'test/x/browser.test.ts': "import { launchChromium } from '../helpers/chromium.js';",
    'test/x/mocks.test.ts': "const m = await t.mockImport('../../src/x.js', {});",
    'test/x/listens.test.ts': "process.on('warning', onWarning);",
    'test/x/env.test.ts': "process.env.LOG_LEVEL = 'debug';",
    'test/x/heap.test.ts': 'const used = process.memoryUsage().heapUsed;',
    'test/x/builds.test.ts': 'buildDatabase({ dbPath, seedsDir });',
    'test/y/single.test.ts': "import t from 'tap';",
    'test/z/single.test.ts': "import t from 'tap';",
  };
  const { groups, alone } = plan(Object.keys(sources).sort(), (f) => sources[f]!);
  t.same([...groups], [
    ['test/x', ['test/x/other.test.ts', 'test/x/plain.test.ts']],
    [OTHERS, ['test/y/single.test.ts', 'test/z/single.test.ts']],
  ], 'a folder\'s files together, and the only ones of their folders together');
  t.same(alone.sort(), [
    'test/x/browser.test.ts', 'test/x/builds.test.ts', 'test/x/env.test.ts', 'test/x/heap.test.ts', 'test/x/listens.test.ts',
    'test/x/mocks.test.ts', 'test/x/spawns.test.ts',
  ]);
  const { groups: one, alone: itself } = plan(['test/y/single.test.ts'], (f) => sources[f]!);
  t.same([one.size, itself], [0, ['test/y/single.test.ts']], 'a lone shareable file runs as itself');
});
