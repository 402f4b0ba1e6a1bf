/**
 * Every place miss and extra of the open devset splits, one line each with the text around it, for
 * sorting them by cause (README, "How names are found", session 14); `--actors` lists the actor
 * mentions instead (session 15):
 *
 *   node --import tsx bench/place-errors.ts                # every open split
 *   node --import tsx bench/place-errors.ts fresh6,fresh5  # some
 *   node --import tsx bench/place-errors.ts fresh7 --actors
 *
 * A closed split is refused: its items are never looked at one by one (test/devset/splits.ts).
 */
import { scoreDevset } from '../test/devset/scoring.js';
import { closedSplits, splits, type Split } from '../test/devset/splits.js';

const entityType = process.argv.includes('--actors') ? 'actor' : 'location';
const splitArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const chosen = (splitArg?.split(',') ?? splits.filter((s) => !closedSplits.has(s))) as Split[];
for (const split of chosen) {
  if (!splits.includes(split) || closedSplits.has(split)) throw new Error(`${split}: not an open split`);
  console.log(`#### ${split}`);
  for (const d of scoreDevset(split)) {
    const key = (m: { start: number; end: number; entityId: string }) => `${m.start}-${m.end} ${m.entityId}`;
    const gold = d.goldMentions.filter((m) => m.entityType === entityType);
    const found = d.extraction.mentions.filter((m) => m.entityType === entityType);
    const goldKeys = new Set(gold.map(key));
    const foundKeys = new Set(found.map(key));
    const points = [...d.text];
    const around = (start: number, end: number) => `${points.slice(Math.max(0, start - 50), start).join('')}[[${points.slice(start, end).join('')}]]${points.slice(end, end + 40).join('')}`.replace(/\n/gu, ' ');
    for (const m of gold) if (!foundKeys.has(key(m))) console.log(`${d.file} MISS ${m.entityId} :: ${around(m.start, m.end)}`);
    for (const m of found) if (!goldKeys.has(key(m))) console.log(`${d.file} EXTRA ${m.entityId} :: ${around(m.start, m.end)}`);
  }
}
