/**
 * `node --import tsx bench/link-speed.ts`: what turning a list page's references into URLs
 * costs (src/urls.ts `link`, one step per reference field), beside the recursive copy that
 * prefixed API paths before it (`absolutize`, kept here only as the baseline) and beside
 * reading the page and writing its JSON. The seed database, 50 measures of Ghent per page;
 * BENCH_SECONDS (default 3) per measurement, in-process, no HTTP and no response cache.
 */
import { openReadOnly } from '../src/db/client.js';
import { listRecords, recordRefs } from '../src/queries/entity.js';
import { measures } from '../src/queries/measures.js';
import { link } from '../src/urls.js';
import { seedDatabase } from '../test/helpers/dataset.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const ORIGIN = 'https://api.example.org';
const db = openReadOnly(seedDatabase());
const page = () => listRecords(db, measures, { location: 'gent' }, { limit: 50 }).items as Array<Record<string, unknown>>;

/** The replaced transport step: every object copied, every `url`/`…Url` string under /v1/ prefixed. */
function absolutize<T>(value: T, origin: string): T {
  if (Array.isArray(value)) return value.map((v) => absolutize(v, origin)) as T;
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[key] = typeof v === 'string' && (v.startsWith('/v1/') || v.startsWith('/embed/')) && (key === 'url' || key.endsWith('Url')) ? origin + v : absolutize(v, origin);
  }
  return out as T;
}

/** Microseconds per call of `run` on fresh pages (prepared by `setup`, not timed). */
function measure(name: string, setup: () => Array<Record<string, unknown>>, run: (items: Array<Record<string, unknown>>) => unknown) {
  const pool = Array.from({ length: 200 }, setup);
  for (let i = 0; i < 200; i++) run(pool[i % pool.length]!); // warm-up (links the pool's pages once)
  let calls = 0;
  let spent = 0;
  const until = performance.now() + SECONDS * 1000;
  while (performance.now() < until) {
    const items = setup();
    const started = performance.now();
    run(items);
    spent += performance.now() - started;
    calls++;
  }
  return { step: name, 'µs per page': Math.round((spent / calls) * 1000), pages: calls };
}

const refs = recordRefs(measures);
console.table([
  measure('read the page (SQL + decode)', () => [], () => page()),
  measure('link (src/urls.ts)', page, (items) => link(items, refs, ORIGIN)),
  measure('absolutize (before, on linked pages)', () => link(page(), refs, ''), (items) => absolutize(items, ORIGIN)),
  measure('JSON.stringify of the linked page', () => link(page(), refs, ORIGIN), (items) => JSON.stringify(items)),
]);
