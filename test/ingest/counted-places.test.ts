/**
 * A place that is the very noun a count counts ("346 Vlamingen") is no place mention of its own: the figure's quote
 * holds the word and its subjectLocation the place (the devset's fresh15 convention). Invented sentences, seed gazetteer.
 */
import t from 'tap';
import { compileContext, extractDocument } from '../../src/ingest/pipeline.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const context = compileContext(readBuildInputs(defaultSeedsDir).gazetteer);
const places = (text: string) => extractDocument(text, context).mentions.filter((m) => m.entityType === 'location').map((m) => [text.slice(m.start, m.end), m.entityId]);
const figurePlaces = (text: string) => extractDocument(text, context).figures.map((f) => [f.quote, f.subjectLocationId]);

t.test('a demonym counted by a number is the figure\'s place, not a mention (bug: "346 Vlamingen" was both)', async (t) => {
  const text = 'Vorig jaar kregen 346 Vlamingen een tijdelijk huisverbod.';
  t.same(places(text), []);
  t.same(figurePlaces(text), [['346 Vlamingen', 'vlaanderen']]);
});

t.test('a demonym that no count counts stays a place mention', async (t) => {
  t.same(places('Veel Vlamingen voelen zich veilig.'), [['Vlamingen', 'vlaanderen']]);
  t.same(places('Slechts één op vijf Vlamingen voelt zich veilig.'), [['Vlamingen', 'vlaanderen']], 'the base of a share counts no one');
});

t.test('a place adjective between a count and its noun is the figure\'s place, not a mention (fresh16: "5.600 West-Vlaamse dossiers" was both)', async (t) => {
  const text = 'Het parket opende 5.600 West-Vlaamse dossiers.';
  t.same(places(text), []);
  t.same(figurePlaces(text), [['5.600 West-Vlaamse dossiers', 'west-vlaanderen']]);
  t.same(places('Het parket opende veel West-Vlaamse dossiers.'), [['West-Vlaamse', 'west-vlaanderen']], 'no count: the adjective stays a mention');
});

t.test('a country\'s demonym in the singular or a plural the gazetteer lacked is that country ("een Turk", "twee Maleisiërs", "drie Roemenen"; bug: no place; fresh8, fresh15, fresh31)', async (t) => {
  t.same(places('De politie pakte een Turk en een Roemeen op.'), [['Turk', 'turkije'], ['Roemeen', 'roemenie']]);
  t.same(places('Ook Maleisiërs en Kameroeners werden gecontroleerd.'), [['Maleisiërs', 'maleisie'], ['Kameroeners', 'kameroen']]);
  t.same(figurePlaces('De politie pakte drie Maleisiërs op.'), [['drie Maleisiërs', 'maleisie']], 'counted: the figure\'s place, no mention');
  t.same(places('De politie pakte drie Maleisiërs op.'), []);
});

t.test('a town\'s demonym the gazetteer lacked is that town ("de Truienaren", "een Ieperling"; bug: no place; fresh10)', async (t) => {
  t.same(places('Veel Truienaren en Ieperlingen voelen zich veilig.'), [['Truienaren', 'sint-truiden'], ['Ieperlingen', 'ieper']]);
});
