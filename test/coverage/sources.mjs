// Run between `tap` and `tap report` (npm test); it mends the coverage V8 wrote before the
// report reads it.
// - tsx hands V8 source maps whose `sourcesContent` is [null]; c8 (through v8-to-istanbul)
//   then takes null for the original text and reports every file as one covered statement
//   (100 % of nothing). Dropping the empty field makes it read the TypeScript file from disk,
//   so the report counts real lines.
// - Code a test runs from a copy under test-output/ (test/bundle.test.ts starts the bundled
//   server as the image would: tap's process tracking covers that child too) is the shipped
//   code once more, bundled with its dependencies: its source map would put every dependency's
//   files and a second statement map of src/ in the report. It is left out; src/ is measured
//   by the tests that run it directly.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), '.tap', 'coverage');
const copied = (url) => url.includes('/test-output/');
let files = [];
try {
  files = readdirSync(dir).filter((f) => f.endsWith('.json'));
} catch {
  // No coverage directory: `tap report` then says "No coverage generated".
}
for (const file of files) {
  const path = join(dir, file);
  const coverage = JSON.parse(readFileSync(path, 'utf8'));
  let changed = false;
  const kept = (coverage.result ?? []).filter((script) => !copied(script.url));
  if (kept.length !== (coverage.result ?? []).length) {
    coverage.result = kept;
    changed = true;
  }
  for (const [url, entry] of Object.entries(coverage['source-map-cache'] ?? {})) {
    if (copied(url)) {
      delete coverage['source-map-cache'][url];
      changed = true;
      continue;
    }
    const content = entry?.data?.sourcesContent;
    if (Array.isArray(content) && content.every((c) => c === null)) {
      delete entry.data.sourcesContent;
      changed = true;
    }
  }
  if (changed) writeFileSync(path, JSON.stringify(coverage));
}
