/**
 * `node --import tsx bench/list-cost.ts [CHECKOUT]`: CPU time (not wall time: the shared
 * machine's load inflates that) of the uncached 50-measure lists in one process, over the
 * seed database — the query layer alone (`listRecords`) and the whole request through
 * `app.inject` (REST route, the hand-written reference of bench/reference.ts, the static
 * route) — for the code of CHECKOUT (default: this one), so two trees can be compared on
 * the same machine minutes apart: `node --import tsx bench/list-cost.ts /path/to/main`.
 * LIST_RUNS (default 200) calls per measurement; the least of 3 rounds is printed.
 */
import { resolve } from 'node:path';
import { seedDatabase } from '../test/helpers/dataset.js';
import { registerReference } from './reference.js';

const root = resolve(process.argv[2] ?? '.');
const RUNS = Number(process.env.LIST_RUNS ?? 200);
const dbPath = seedDatabase();
const { buildApp } = await import(`${root}/src/app.js`);
const { openReadOnly } = await import(`${root}/src/db/client.js`);
const { listRecords } = await import(`${root}/src/queries/entity.js`);
const { measures } = await import(`${root}/src/queries/measures.js`);

/** The least CPU time per call of `run` over 3 rounds of RUNS calls, in ms. */
async function cpu(run: () => unknown): Promise<number> {
  for (let i = 0; i < 30; i++) await run();
  const rounds: number[] = [];
  for (let r = 0; r < 3; r++) {
    const started = process.cpuUsage();
    for (let i = 0; i < RUNS; i++) await run();
    const used = process.cpuUsage(started);
    rounds.push((used.user + used.system) / 1000 / RUNS);
  }
  return Math.min(...rounds);
}

const db = openReadOnly(dbPath);
const programme = db.$client.prepare('SELECT programme_id FROM measures WHERE programme_id IS NOT NULL GROUP BY programme_id ORDER BY count(*) DESC, programme_id LIMIT 1').pluck().get() as string;
const city = db.$client.prepare("SELECT l.id FROM measure_locations ml JOIN locations l ON l.id = ml.location_id WHERE l.kind = 'municipality' GROUP BY l.id ORDER BY count(*) DESC, l.id LIMIT 1").pluck().get() as string;
for (const [name, filters] of [[`listRecords programme=${programme}`, { programme }], [`listRecords location=${city}`, { location: city }]] as const) {
  console.log(`${name.padEnd(64)} ${(await cpu(() => listRecords(db, measures, filters, { limit: 50 }))).toFixed(3)} ms CPU`);
}

const app = await buildApp({ dbPath, responseCache: false });
registerReference(app);
app.get('/bench/static', async () => ({ status: 'ok', message: 'static baseline' }));
await app.ready();
for (const path of [`/v1/programmes/${programme}/measures?limit=50`, `/bench/reference/programmes/${programme}`, `/v1/measures?location=${city}&limit=50`, '/bench/static']) {
  console.log(`${`GET ${path}`.padEnd(64)} ${(await cpu(() => app.inject(path))).toFixed(3)} ms CPU`);
}
await app.close();
