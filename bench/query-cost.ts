/**
 * `node --import tsx bench/query-cost.ts DB`: the query layer alone (no HTTP, no response
 * cache) on a built database (`npm run bench:build -- SIZE` makes bench-output/build-SIZE/
 * blauwdruk.db): the CPU time (and wall time) of each list, count and facet the scale
 * scenarios send, median of QUERY_RUNS (default 5) runs. What is computed once per process (whole-collection
 * counts and facets) shows as about 0 after the first run.
 */
import { openReadOnly } from '../src/db/client.js';
import { ApiError } from '../src/errors.js';
import { boundedCount, boundedFacets, countRecords, facetCounts, listRecords } from '../src/queries/entity.js';
import { figures } from '../src/queries/figures.js';
import { measures } from '../src/queries/measures.js';

const db = openReadOnly(process.argv[2] ?? 'bench-output/build-1000/blauwdruk.db');
const RUNS = Number(process.env.QUERY_RUNS ?? 5);
const deepDocument = db.$client.prepare('SELECT id FROM documents ORDER BY id LIMIT 1 OFFSET (SELECT count(*) * 9 / 10 FROM documents)').pluck().get() as string;
const deep = listRecords(db, measures, { document: deepDocument }, { limit: 1 }).next!;
const province = { location: 'oost-vlaanderen' };
// The cursor 90 % into the province's measures (found by reading their ids).
// Counted exactly from its range: the API's count stops at the count limit (src/queries/bounds.ts).
const provinceSize = db.$client.prepare('SELECT count(*) FROM measure_places WHERE ancestor_id = ?').pluck().get(province.location) as number;
const provinceDeep = listRecords(db, measures, province, { limit: Math.floor(provinceSize * 0.9), fields: ['id'] }).next!;

/** The value of `run`, or the code of the API error refusing it. */
function refusedOr(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof ApiError) return error.code;
    throw error;
  }
}

const cases: Array<[string, () => unknown]> = [
  ['page 1', () => listRecords(db, measures, {}, { limit: 50 })],
  ['deep cursor', () => listRecords(db, measures, {}, { limit: 50, cursor: deep })],
  ['sort=-date', () => listRecords(db, measures, {}, { limit: 50, sort: '-date' })],
  ['count', () => countRecords(db, measures, {})],
  ['facet theme', () => facetCounts(db, measures, {}, ['theme'])],
  ['facet location', () => facetCounts(db, measures, {}, ['location'])],
  ['facet document', () => facetCounts(db, measures, {}, ['document'])],
  ['facet statementKind', () => facetCounts(db, measures, {}, ['statementKind'])],
  ['city page 1', () => listRecords(db, measures, { location: 'antwerpen' }, { limit: 50 })],
  ['province page 1', () => listRecords(db, measures, province, { limit: 50 })],
  ['province page 90 % deep', () => listRecords(db, measures, province, { limit: 50, cursor: provinceDeep })],
  ['province, a theme, p. 1', () => listRecords(db, measures, { ...province, theme: 'cameratoezicht' }, { limit: 50 })],
  ['province count', () => countRecords(db, measures, province)],
  ['province facet theme', () => facetCounts(db, measures, province, ['theme'])],
  ['province count (bounded)', () => boundedCount(db, measures, province)],
  ['province facets theme,actor', () => boundedFacets(db, measures, province, ['theme', 'actor'])],
  ['figures of a unit, page 1', () => listRecords(db, figures, { unit: 'personeelsleden' }, { limit: 50 })],
  ['a common theme, page 1', () => refusedOr(() => listRecords(db, measures, { theme: 'wijkwerking' }, { limit: 50 }))],
  // Refused (QUERY_TOO_BROAD) once politie matches more rows than a q filter may read: what is timed is then the refusal.
  ['q=politie page 1', () => refusedOr(() => listRecords(db, measures, { q: 'politie' }, { limit: 50 }))],
  ['q=politie count', () => refusedOr(() => countRecords(db, measures, { q: 'politie' }))],
];
/** The median of `values`. */
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** CPU time of this process (user + system) in ms: unlike wall time, not stretched by the other processes of a shared machine. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
console.log(`${'statement'.padEnd(24)} ${'CPU ms'.padStart(8)} ${'wall ms'.padStart(8)}`);
for (const [name, run] of cases) {
  const [cpu, wall]: [number[], number[]] = [[], []];
  for (let i = 0; i < RUNS; i++) {
    const [cpuStart, wallStart] = [cpuMs(), performance.now()];
    run();
    cpu.push(cpuMs() - cpuStart);
    wall.push(performance.now() - wallStart);
  }
  console.log(`${name.padEnd(24)} ${median(cpu).toFixed(1).padStart(8)} ${median(wall).toFixed(1).padStart(8)}`);
}
