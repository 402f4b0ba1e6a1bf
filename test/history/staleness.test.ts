/**
 * The change history digests every record as the query layer publishes it, so the code that
 * makes a database stale (and rebuilt by `--if-stale`, the tests' seed and fixture
 * databases) must include that layer: a collection added to the history (series) otherwise
 * left databases built before it without stamps for it, and their lists failed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import t from 'tap';
import { databaseCodeDirs } from '../../src/ingest/build.js';
import { codeDir } from '../../src/paths.js';

t.test('the query modules the history digest reads are part of a database’s code hash', async (t) => {
  const historyPath = join(codeDir, 'ingest', 'history.ts');
  const imports = [...readFileSync(historyPath, 'utf8').matchAll(/from '(\.\.\/queries\/[^']+)'/g)].map((m) => resolve(dirname(historyPath), m[1]!));
  t.ok(imports.length > 0, 'the history reads the query layer');
  for (const file of imports) t.ok(databaseCodeDirs().some((dir) => file.startsWith(dir + sep)), `${file} is hashed`);
});
