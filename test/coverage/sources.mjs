// Run between `tap` and `tap report` (npm test). tsx hands V8 source maps whose
// `sourcesContent` is [null]; c8 (through v8-to-istanbul) then takes null for the original
// text and reports every file as one covered statement (100 % of nothing). Dropping the
// empty field makes it read the TypeScript file from disk, so the report counts real lines.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(process.cwd(), '.tap', 'coverage');
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
  for (const entry of Object.values(coverage['source-map-cache'] ?? {})) {
    const content = entry?.data?.sourcesContent;
    if (Array.isArray(content) && content.every((c) => c === null)) {
      delete entry.data.sourcesContent;
      changed = true;
    }
  }
  if (changed) writeFileSync(path, JSON.stringify(coverage));
}
