/**
 * Every place miss and extra of the open devset splits, one line each with the text around it, for
 * sorting them by cause (README, "How names are found", session 14); `--actors` lists the actor
 * mentions instead (session 15); `--candidates` lists what a curator is handed wrong (session 20):
 * each gold actor mention of an entity the gazetteer lacks that no candidate overlaps (UNPROPOSED),
 * or only one of another kind (KIND), and each candidate over no such name (FALSE):
 *
 *   node --import tsx bench/place-errors.ts                # every open split
 *   node --import tsx bench/place-errors.ts fresh6,fresh5  # some
 *   node --import tsx bench/place-errors.ts fresh7 --actors
 *   node --import tsx bench/place-errors.ts --candidates
 *
 * A closed split is refused: its items are never looked at one by one (test/devset/splits.ts).
 */
import { proposedWithKind, scoreDevset, type DocumentScore } from '../test/devset/scoring.js';
import { closedSplits, splits, type Split } from '../test/devset/splits.js';

const mode = process.argv.includes('--candidates') ? 'candidates' : process.argv.includes('--actors') ? 'actor' : 'location';
const splitArg = process.argv.slice(2).find((a) => !a.startsWith('--'));
const chosen = (splitArg?.split(',') ?? splits.filter((s) => !closedSplits.has(s))) as Split[];
type Spanned = { start: number; end: number };
const overlaps = (a: Spanned, b: Spanned) => a.start < b.end && b.start < a.end;

/** The text around a span, the span in double brackets, on one line. */
function around(d: DocumentScore, start: number, end: number): string {
  const points = [...d.text];
  return `${points.slice(Math.max(0, start - 50), start).join('')}[[${points.slice(start, end).join('')}]]${points.slice(end, end + 40).join('')}`.replace(/\n/gu, ' ');
}

/** The mentions of one entity type the extractor missed or added. */
function mentionErrors(d: DocumentScore, entityType: string): string[] {
  const key = (m: { start: number; end: number; entityId: string }) => `${m.start}-${m.end} ${m.entityId}`;
  const gold = d.goldMentions.filter((m) => m.entityType === entityType);
  const found = d.extraction.mentions.filter((m) => m.entityType === entityType);
  const goldKeys = new Set(gold.map(key));
  const foundKeys = new Set(found.map(key));
  return [
    ...gold.filter((m) => !foundKeys.has(key(m))).map((m) => `${d.file} MISS ${m.entityId} :: ${around(d, m.start, m.end)}`),
    ...found.filter((m) => !goldKeys.has(key(m))).map((m) => `${d.file} EXTRA ${m.entityId} :: ${around(d, m.start, m.end)}`),
  ];
}

/** Unknown actors not proposed (or proposed as another kind), and candidates over no unknown name. */
function candidateErrors(d: DocumentScore): string[] {
  const unknown = d.goldMentions.filter((m) => m.entityId.startsWith('unknown:'));
  const out: string[] = [];
  for (const m of unknown.filter((u) => u.entityType === 'actor')) {
    const over = d.extraction.candidates.filter((c) => overlaps(c, m));
    if (over.length === 0) out.push(`${d.file} UNPROPOSED ${m.entityId} :: ${around(d, m.start, m.end)}`);
    else if (!proposedWithKind(m, d.extraction.candidates)) out.push(`${d.file} KIND ${over.map((c) => c.kind).join(',')} ${m.entityId} :: ${around(d, m.start, m.end)}`);
  }
  for (const c of d.extraction.candidates) {
    if (unknown.some((m) => overlaps(c, m))) continue;
    out.push(`${d.file} FALSE ${c.kind}/${c.cue ?? '-'} :: ${around(d, c.start, c.end)}`);
  }
  return out;
}

for (const split of chosen) {
  if (!splits.includes(split) || closedSplits.has(split)) throw new Error(`${split}: not an open split`);
  console.log(`#### ${split}`);
  for (const d of scoreDevset(split)) for (const line of mode === 'candidates' ? candidateErrors(d) : mentionErrors(d, mode)) console.log(line);
}
