/**
 * The stemming of the measures' and figures' search rows (load.ts `indexForSearch`) done both
 * ways in one process, alternating: each row's text joined and stemmed whole (before build17),
 * and each line stemmed alone, each distinct line of a document once (now). Reads every
 * extraction of an extraction cache; prints CPU ms per round and whether the bodies are equal.
 *
 *   node --import tsx bench/index-stems-ab.ts CACHE.db [ROUNDS]
 */
import Database from 'better-sqlite3';
import type { DocumentExtraction } from '../src/ingest/pipeline.js';
import { indexLinesOf } from '../src/ingest/search-index.js';
import { stemsOf } from '../src/text/stem.js';

const [path, roundsArg] = process.argv.slice(2) as [string, string?];
const cache = new Database(path, { readonly: true });
const extractions = (cache.prepare('SELECT extraction FROM extractions').pluck().all() as string[]).map((text) => JSON.parse(text) as DocumentExtraction);
cache.close();
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** Each row's lines, as the build indexes them (search-index.ts). */
const rowsOf = (x: DocumentExtraction) => {
  const { measures, figures } = indexLinesOf(x);
  return [...measures, ...figures];
};
const whole = () => extractions.flatMap((x) => rowsOf(x).map((lines) => stemsOf(lines.filter(Boolean).join('\n')).join(' ')));
const byLine = () => extractions.flatMap((x) => {
  const seen = new Map<string, string>();
  const line = (text: string) => seen.get(text) ?? seen.set(text, stemsOf(text).join(' ')).get(text)!;
  return rowsOf(x).map((lines) => lines.flatMap((text) => (text ? [line(text)] : [])).filter((body) => body !== '').join(' '));
});
for (let round = 0; round < Number(roundsArg ?? 4); round++) {
  let at = cpuMs();
  const before = whole();
  const beforeMs = cpuMs() - at;
  at = cpuMs();
  const after = byLine();
  const afterMs = cpuMs() - at;
  process.stdout.write(`round ${round}: whole rows ${beforeMs.toFixed(0)} ms, by line ${afterMs.toFixed(0)} ms (${(afterMs / beforeMs).toFixed(2)}×), ${before.length} rows, equal: ${JSON.stringify(before) === JSON.stringify(after)}\n`);
}
