/**
 * Recall of actors and places on short texts written for this test (not the seeds, not the
 * devset), with the seed gazetteer. A gold entry with an id must be found as that entity on
 * its exact span; one with a null id is not in the seed gazetteer and must at least be proposed
 * as a candidate overlapping it (or be found on its span once the gazetteer knows it). The floors are today's measures, to catch regressions.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { z } from 'zod';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const dir = join(import.meta.dirname, 'fixtures/entities-recall');
const entry = z.tuple([z.string(), z.string().nullable()]);
const gold = z.record(z.string(), z.object({ scope: z.string().nullable(), actors: z.array(entry), locations: z.array(entry) })).parse(JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')));
const context = compileContext(readBuildInputs(defaultSeedsDir).gazetteer);

const score = { actor: { gold: 0, resolved: 0, known: 0, proposed: 0 }, location: { gold: 0, resolved: 0, known: 0, proposed: 0 } };

for (const [file, g] of Object.entries(gold)) {
  t.test(file, async (t) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const x = extractDocument(text, context, { scopeLocationId: g.scope });
    for (const type of ['actor', 'location'] as const) {
      let from = 0;
      const next = new Map<string, number>();
      for (const [quote, id] of type === 'actor' ? g.actors : g.locations) {
        const start = text.indexOf(quote, next.get(quote) ?? 0);
        t.ok(start >= 0, `gold quote "${quote}" is in the text`);
        next.set(quote, start + quote.length);
        from = start;
        const end = from + quote.length;
        const s = score[type];
        s.gold++;
        if (id !== null) {
          s.known++;
          const found = x.mentions.some((m) => m.entityType === type && m.entityId === id && m.start === start && m.end === end);
          if (found) s.resolved++;
          else t.comment(`missed ${type} "${quote}" (${id})`);
        } else if (x.candidates.some((c) => c.start < end && start < c.end)) s.proposed++;
        // Once the gazetteer learns the name, finding it as an entity on its span is right too.
        else if (x.mentions.some((m) => m.entityType === type && m.start === start && m.end === end)) s.proposed++;
        else t.comment(`not proposed: ${type} "${quote}"`);
      }
    }
  });
}

/** Regression floors (today's measures, rounded down), not targets. */
const FLOORS = { actor: 0.95, location: 0.95 };

t.test('recall over the texts', async (t) => {
  for (const type of ['actor', 'location'] as const) {
    const s = score[type];
    const recall = (s.resolved + s.proposed) / s.gold;
    t.comment(`${type}s: ${s.resolved}/${s.known} known entities resolved, ${s.proposed}/${s.gold - s.known} unknown ones proposed as candidates or found; recall ${recall.toFixed(2)}`);
    t.ok(recall >= FLOORS[type], `${type} recall ${recall.toFixed(2)} ≥ ${FLOORS[type]}`);
  }
});
