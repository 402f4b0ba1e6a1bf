/**
 * Acronyms a text defines in brackets after a known name (session 19, link19): the bracketed acronym
 * and its later uses name the entity, where the acronym spells the name's initials. Invented
 * sentences, the seed gazetteer.
 */
import t from 'tap';
import { definedAcronyms } from '../../src/ingest/defined-acronyms.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const matcher = compileGazetteer(readBuildInputs(defaultSeedsDir).gazetteer);
const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);

t.test('an acronym in brackets that spells the name\'s initials names the entity, there and later', async (t) => {
  t.same(mentions('De cijfers van het gerechtelijk arrondissement Leuven (GAL) stijgen; het GAL telt meer zaken.'), [
    ['Leuven', 'gerechtelijk-arrondissement-leuven'],
    ['GAL', 'gerechtelijk-arrondissement-leuven'],
    ['GAL', 'gerechtelijk-arrondissement-leuven'],
  ], 'the kind noun before the name counts among the initials, as the text wrote them');
  t.same(mentions('Het GAL en het gerechtelijk arrondissement Leuven (GAL).'), [['Leuven', 'gerechtelijk-arrondissement-leuven'], ['GAL', 'gerechtelijk-arrondissement-leuven']], 'not before the definition');
});

t.test('an acronym in brackets that is no abbreviation of the name names nothing new', async (t) => {
  t.same(mentions('In het arrondissement Leuven (KUL) en bij de KUL.'), [['Leuven', 'arrondissement-leuven']], 'other initials');
  t.same(mentions('Volgens het arrondissement Leuven (al) is dat zo.'), [['Leuven', 'arrondissement-leuven']], 'not in capitals');
  t.same(mentions('Het arrondissement Leuven (GAL2) ligt verderop.'), [['Leuven', 'arrondissement-leuven']], 'not an acronym alone');
  t.same(mentions('Het gerechtelijk arrondissement Leuven (GAL) en de GALA.'), [['Leuven', 'gerechtelijk-arrondissement-leuven'], ['GAL', 'gerechtelijk-arrondissement-leuven']], 'a longer word is not the acronym');
});

t.test('particles and hyphenated words among the initials', async (t) => {
  const named = (text: string, start: number, end: number) => definedAcronyms(text, [{ start, end, entityType: 'actor', entityId: 'x' }], new Uint8Array(text.length)).map((s) => [s.quote, s.start]);
  const text = 'Het Comité voor de Veiligheid (CVV) en het CVV.';
  t.same(named(text, 4, 29), [['CVV', 31], ['CVV', 43]], 'a particle may count');
  const skip = 'Het Comité voor de Veiligheid (CV).';
  t.same(named(skip, 4, 29), [['CV', 31]], 'or be skipped');
  const hyphen = 'De Zuid-West Dienst (ZWD).';
  t.same(named(hyphen, 3, 19), [['ZWD', 21]], 'a hyphenated word gives its parts\' initials');
  t.same(named('Het Comité voor de Veiligheid (VV).', 4, 29), [], 'the initials must reach back to the name\'s start');
});
