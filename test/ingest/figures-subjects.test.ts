/**
 * Genre-level rules for what a figure counts (its subject, its span) and which numbers are no
 * figure of their own, on invented sentences, each with the reading where the rule must not fire.
 */
import t from 'tap';
import { extractFigures } from '../../src/ingest/figures/index.js';
import { describeFigures } from '../../src/ingest/figures/meaning.js';
import type { Figure } from '../../src/ingest/types.js';

const describe = (text: string, documentDate: string | null = '2024-05') =>
  describeFigures(text, extractFigures(text, { documentDate }), { documentDate });

/** The one figure of a text whose quote contains `quote`. */
function figure(text: string, quote: string): Figure {
  const f = describe(text).find((x) => x.quote.includes(quote));
  if (!f) throw new Error(`no figure "${quote}" in: ${text}`);
  return f;
}

const quotes = (text: string) => describe(text).map((f) => f.quote);

t.test('a rate whose numerator is a number: the base after "per" is no figure, the numerator a density (count of its own noun)', async (t) => {
  t.same(quotes('De provincie telt 14 agenten per 10.000 inwoners.'), ['14 agenten']);
  t.same(quotes('Het gemiddelde ligt op achttien inspecteurs per 10.000 inwoners.'), ['achttien inspecteurs'], 'a number word as numerator');
  const density = figure('De provincie telt 14 agenten per 10.000 inwoners.', '14');
  t.equal(density.unitKind, 'count', 'a density, not a headcount');
  t.equal(density.subject, 'agenten');
  t.same(quotes('Er is één wijkagent per 3.000 inwoners.'), ['3.000 inwoners'], 'with "één" the base is the figure');
  t.equal(figure('De provincie telt 140 agenten.', '140').unitKind, 'staff', 'no base: a headcount');
});
