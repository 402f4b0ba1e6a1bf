/**
 * A corpus read for a build keeps its manifest's entries, not its text (some 70 MB at 100 000
 * documents, src/ingest/sources.ts `checkManifest`): a document that fails its entry later in
 * the build is still reported at the entry's line, read from the manifest again.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { InputError } from '../../src/ingest/errors.js';
import { readCorpus, readSourceDocument } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

t.test('a document that does not match its entry names the line of the entry\'s checksum', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'blauwdruk-manifest-lines-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(defaultSeedsDir, dir, { recursive: true });
  const corpus = readCorpus(dir);
  const i = 2;
  const entry = corpus.manifest.documents[i]!;
  appendFileSync(join(dir, entry.file), '\nEen regel erbij.\n');
  const line = readFileSync(join(dir, 'manifest.json'), 'utf8').split('\n').findIndex((l) => l.includes(entry.sha256)) + 1;
  t.ok(line > 0);
  const error = (() => {
    try {
      readSourceDocument(corpus, i);
    } catch (e) {
      return e;
    }
  })();
  t.ok(error instanceof InputError, 'the document is refused');
  t.match(error, { line, field: `documents[${i}].sha256`, message: /does not match/ }, 'at the line and field of its entry\'s checksum');
});
