import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { defaultSeedsDir } from '../src/paths.js';

t.test('seed documents are byte-identical to the corpus checksums', async (t) => {
  const sums = readFileSync(join(defaultSeedsDir, 'SHA256SUMS'), 'utf8').trim().split('\n');
  t.equal(sums.length, 5);
  for (const line of sums) {
    const [sum, name] = line.split(/\s+/) as [string, string];
    t.equal(createHash('sha256').update(readFileSync(join(defaultSeedsDir, name))).digest('hex'), sum, name);
  }
});

t.test('the manifest lists every seed document with its checksum', async (t) => {
  const manifest = JSON.parse(readFileSync(join(defaultSeedsDir, 'manifest.json'), 'utf8')) as { documents: Array<{ file: string; sha256: string }> };
  const sums = readFileSync(join(defaultSeedsDir, 'SHA256SUMS'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/).reverse());
  t.same(Object.fromEntries(manifest.documents.map((d) => [d.file, d.sha256])), Object.fromEntries(sums));
});
