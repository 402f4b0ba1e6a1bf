/**
 * A sha256 of every document's extraction as a build's worker returns it (the extraction JSON with
 * its search index's stems, and its summary: `runExtraction`), to prove that a speed change leaves
 * the output byte-identical:
 *
 *   node --import tsx bench/extract-hashes.ts > before.txt          # on the code before
 *   node --import tsx bench/extract-hashes.ts --check before.txt    # after: exits 1 on a difference
 *
 * Sets are named as arguments (`seeds`, `devset`, `corpus:DIR`; see bench/extract-inputs.ts),
 * by default the 1k synthetic corpus, the seeds and the devset. One line per document
 * (`name hash`), then a line with the hash of all of them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runExtraction } from '../src/ingest/extraction-task.js';
import { compileContext } from '../src/ingest/pipeline.js';
import { defaultSets, readDocumentSet } from './extract-inputs.js';

const args = process.argv.slice(2);
const checkAt = args.indexOf('--check');
const expectedFile = checkAt >= 0 ? args[checkAt + 1] : undefined;
const specs = args.filter((_, i) => checkAt < 0 || (i !== checkAt && i !== checkAt + 1));

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const lines: string[] = [];
for (const spec of specs.length > 0 ? specs : defaultSets()) {
  const { gazetteer, documents } = readDocumentSet(spec);
  const context = compileContext(gazetteer);
  for (const d of documents) {
    const { extraction, summary } = runExtraction({ key: '', file: d.name, text: d.text, options: d.options }, context);
    lines.push(`${d.name} ${sha256(`${extraction}\n${summary}`)}`);
  }
}
lines.push(`all ${sha256(lines.join('\n'))}`);

if (expectedFile === undefined) {
  process.stdout.write(`${lines.join('\n')}\n`);
} else {
  const expected = new Map(readFileSync(expectedFile, 'utf8').trim().split('\n').map((l) => l.split(' ') as [string, string]));
  const differing = lines.map((l) => l.split(' ') as [string, string]).filter(([name, hash]) => expected.get(name) !== hash);
  for (const [name] of differing) process.stdout.write(`differs: ${name}\n`);
  process.stdout.write(differing.length === 0 ? `identical: ${lines.length - 1} documents\n` : `${differing.length} of ${lines.length} lines differ\n`);
  process.exitCode = differing.length === 0 ? 0 : 1;
}
