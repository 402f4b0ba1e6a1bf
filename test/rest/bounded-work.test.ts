/**
 * Bounded work per request (issue 10): an export, however long, computes its rows in
 * slices of a few milliseconds and lets the event loop serve other requests in between.
 */
import { Readable } from 'node:stream';
import t from 'tap';
import { z } from 'zod';
import { csvStream, EXPORT_SLICE_MS, ndjsonStream, timeSliced } from '../../src/rest/formats.js';
import { fixtureApp } from '../helpers/fixture-db.js';

/** Busy-waits `ms` of wall time: a row that is expensive to compute. */
function spin(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/** Reads a stream whole, counting the turns of the event loop (setImmediate callbacks) that ran while it was read. */
async function readCountingTurns(stream: Readable): Promise<{ text: string; turns: number }> {
  let turns = 0;
  let reading = true;
  const tick = () => {
    if (!reading) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  reading = false;
  return { text, turns };
}

t.test('slices: a chunk is cut when its time is up, and the next waits for the next turn of the loop', async (t) => {
  let clock = 0;
  const lines = function* () {
    for (let i = 0; i < 20; i++) {
      clock += 1; // each line costs 1 ms of the fake clock
      yield `${i}\n`;
    }
  };
  const turnsBefore: number[] = [];
  let turns = 0;
  const chunks: string[] = [];
  for await (const chunk of timeSliced(lines(), { sliceMs: 5, now: () => clock, nextTurn: async () => { turns++; } })) {
    turnsBefore.push(turns);
    chunks.push(chunk);
  }
  t.equal(chunks.join(''), Array.from({ length: 20 }, (_, i) => `${i}\n`).join(''), 'every line, in order');
  t.same(chunks.map((c) => c.trim().split('\n').length), [5, 5, 5, 5], 'five 1 ms lines per 5 ms slice');
  t.same(turnsBefore, [0, 1, 2, 3], 'a turn of the loop between slices');
});

t.test('an export of slow rows is read over many turns of the event loop', async (t) => {
  const schema = z.object({ id: z.string(), n: z.number() });
  const ROWS = 40;
  const ROW_MS = 1;
  const records = function* () {
    for (let i = 0; i < ROWS; i++) {
      spin(ROW_MS);
      yield { id: `r${i}`, n: i };
    }
  };
  // 40 ms of rows in slices of EXPORT_SLICE_MS: at least one turn per full slice. Rows in
  // chunks of 64, as before, computed the whole export in one go: no turn in between.
  const minTurns = Math.floor((ROWS * ROW_MS) / EXPORT_SLICE_MS) - 1;
  const csv = await readCountingTurns(csvStream(schema, { records: records(), refs: {}, origin: 'http://x' }));
  t.equal(csv.text.split('\r\n').length - 2, ROWS, 'CSV: header and every row');
  t.ok(csv.turns >= minTurns, `CSV: ${csv.turns} turns of the loop during the export (at least ${minTurns})`);
  const ndjson = await readCountingTurns(ndjsonStream({ records: records(), refs: {}, origin: 'http://x' }));
  t.equal(ndjson.text.trim().split('\n').length, ROWS, 'NDJSON: every row');
  t.ok(ndjson.turns >= minTurns, `NDJSON: ${ndjson.turns} turns of the loop during the export (at least ${minTurns})`);
});

t.test('whole exports over HTTP are what they were: every record once, in order', async (t) => {
  const app = await fixtureApp();
  const total = (await app.inject('/v1/measures?limit=1&count=true')).json().total;
  const csv = (await app.inject('/v1/measures.csv')).body.trim().split('\r\n').slice(1).map((line) => line.split(',')[0]);
  const ndjson = (await app.inject('/v1/measures.ndjson')).body.trim().split('\n').map((line) => JSON.parse(line).id);
  t.equal(csv.length, total, 'CSV: every measure');
  t.equal(new Set(csv).size, total, 'CSV: each once');
  t.same(ndjson, csv, 'NDJSON: the same records in the same order');
  t.same(ndjson.slice(0, 20), (await app.inject('/v1/measures?limit=20')).json().data.map((m: { id: string }) => m.id), 'in the order of the list');
});
