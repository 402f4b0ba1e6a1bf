/**
 * Known names a text misspells by one letter (session 19, link19): a person's full name or a place's
 * name with one letter left out or added inside a long word, a compound written without its hyphen.
 * Invented sentences, the seed gazetteer with invented persons and places.
 */
import fc from 'fast-check';
import t from 'tap';
import { proposeCandidates } from '../../src/ingest/candidates.js';
import { compileGazetteer, extractMentions } from '../../src/ingest/entities.js';
import type { Gazetteer } from '../../src/ingest/gazetteer.js';
import { formsOneLetterApart, oneLetterOutIndex } from '../../src/ingest/misspelt-names.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { readBuildInputs } from '../../src/ingest/sources.js';
import { defaultSeedsDir } from '../../src/paths.js';

const seeds = readBuildInputs(defaultSeedsDir).gazetteer;
const person = (id: string, name: string): Gazetteer['actors'][number] => ({
  id, name, kind: 'person', parent: null, aliases: [], contextAliases: [], location: null, party: null, role: null,
  officialNumber: null, areas: [], formerNames: [], memberships: [], source: null,
});
const place = (id: string, name: string): Gazetteer['locations'][number] => ({ ...seeds.locations.find((l) => l.id === 'zandhoven')!, id, name, aliases: [], contextAliases: [] });
const gazetteer: Gazetteer = {
  ...seeds,
  actors: [...seeds.actors, person('gerda-proefsteenkamp', 'Gerda Proefsteenkamp'), person('ann-bokken', 'Ann Bokken'), { ...person('kees-van-proefkampen', 'Kees Van Proefkampen'), aliases: ['Van Proefkampen'] }],
  // Two invented villages one letter apart from each other.
  locations: [...seeds.locations, place('proefhoven', 'Proefhoven'), place('proefhaven', 'Proefhaven')],
};
const matcher = compileGazetteer(gazetteer);
const mentions = (text: string) => extractMentions(text, matcher).map((m) => [m.quote, m.entityId]);

t.test('one letter apart: left out or added, never changed', async (t) => {
  const known = new Map([['zandhoven', 'z'], ['knokke-heist', 'k']]);
  const lookup = (form: string) => known.get(form);
  t.same(formsOneLetterApart('zanhoven', lookup), ['z'], 'a letter left out');
  t.same(formsOneLetterApart('zandhooven', lookup), ['z'], 'a letter added');
  t.same(formsOneLetterApart('zandhaven', lookup), [], 'a letter changed is another name');
  t.same(formsOneLetterApart('zandhove', lookup), ['z'], 'anywhere by default: the last letter too');
  t.same(formsOneLetterApart('zandhove', lookup, { insideWordsOf: 7 }), [], 'inside words only: not a word\'s last letter');
  t.same(formsOneLetterApart('zandhovenn', lookup, { insideWordsOf: 7 }), [], 'nor a letter doubled at the end, wherever in the double it is placed');
  t.same(formsOneLetterApart('zanhoven', lookup, { insideWordsOf: 9 }), [], 'inside a word shorter than asked');
  t.same(formsOneLetterApart('knokkeheist', lookup, { insideWordsOf: 7 }), [], 'a hyphen is no letter');
  t.same(formsOneLetterApart('knokkeheist', lookup, { insideWordsOf: 7, alsoAdded: '-' }), ['k'], 'unless it is added too');
  const longerForms = oneLetterOutIndex(known.keys(), '-');
  for (const text of ['zanhoven', 'zandhooven', 'zandhaven', 'zandhove', 'knokkeheist', 'zandhovenn']) {
    t.same(formsOneLetterApart(text, lookup, { insideWordsOf: 7, alsoAdded: '-', longerForms }), formsOneLetterApart(text, lookup, { insideWordsOf: 7, alsoAdded: '-' }), `the index gives what trying every letter gives: ${text}`);
  }
});

t.test('an index of the letters an edit inside a word may take out finds what trying every letter finds', async (t) => {
  // Invented forms: runs of equal letters at a word's edges and inside it, a hyphen, words of six to nine letters.
  const forms = ['zandhoven', 'proefhoven', 'knokke-heist', 'aalloosstt', 'ab baabbaab', 'zeeeeland dorp', 'klein oostbroek', 'oostbroekk'];
  const known = new Map(forms.map((f) => [f, f]));
  const lookup = (form: string) => known.get(form);
  const options = { insideWordsOf: 7, alsoAdded: '-' };
  const full = oneLetterOutIndex(forms, '-');
  const inside = oneLetterOutIndex(forms, '-', 7);
  t.ok([...inside.values()].flat().length < [...full.values()].flat().length, 'the index holds fewer entries');
  t.notOk(inside.has('andhoven'), 'no key from a word\'s first letter');
  t.notOk(inside.has('zandhove'), 'nor from its last');
  t.ok(inside.has('zanhoven'), 'one from inside the word');
  t.same(formsOneLetterApart('oaao', (f: string) => (['oaa-o', 'oaaao'].includes(f) ? f : undefined), { insideWordsOf: 3, alsoAdded: '-', longerForms: oneLetterOutIndex(['oaa-o', 'oaaao'], '-', 3) }).sort(), ['oaa-o', 'oaaao'], 'a hyphen and a letter left out: both forms, whichever path');
  const texts = [...full.keys(), 'zandhooven', 'knokkeheist', 'alosst', 'zeeland dorp', 'klein ostbroek', 'oostbroek'];
  for (const text of texts) {
    t.same(formsOneLetterApart(text, lookup, { ...options, longerForms: inside }), formsOneLetterApart(text, lookup, options), `the same forms: ${text}`);
  }
  const letters = fc.constantFrom('a', 'b', 'o', ' ', '-');
  t.doesNotThrow(() => fc.assert(fc.property(fc.array(fc.string({ unit: letters, minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }), fc.nat(20), fc.nat(4), (names, pick, letter) => {
    const table = new Map(names.map((n) => [n, n]));
    const index = oneLetterOutIndex(names, '-', 3);
    // A text one letter shorter than a known name, or any known name itself with a letter added.
    const name = names[pick % names.length]!;
    const at = pick % (name.length + 1);
    for (const text of [name.slice(0, at) + name.slice(at + 1), name.slice(0, at) + 'abo -'[letter]! + name.slice(at)]) {
      const opts = { insideWordsOf: 3, alsoAdded: '-' };
      // The same values, in any order: callers count them (CI seed 1080646994 found ['oaa-o', 'oaaao'] from
      // 'oaao' in the other order), and the index meets the hyphen's form first.
      const sorted = (values: string[]) => JSON.stringify([...values].sort());
      if (sorted(formsOneLetterApart(text, (f) => table.get(f), { ...opts, longerForms: index })) !== sorted(formsOneLetterApart(text, (f) => table.get(f), opts))) return false;
    }
    return true;
  }), { numRuns: 2000 }));
});

t.test('a person\'s full name misspelt by one letter names the person, and the surname alone after it', async (t) => {
  t.same(mentions('Volgens burgemeester Gerda Proefsteekamp is de wijk veilig. Proefsteenkamp wil meer camera’s.'), [
    ['Gerda Proefsteekamp', 'gerda-proefsteenkamp'],
    ['Proefsteenkamp', 'gerda-proefsteenkamp'],
  ], 'a letter left out of the surname; the surname as the gazetteer writes it follows');
  t.same(mentions('Gerda Proefsteennkamp opende de vergadering.'), [['Gerda Proefsteennkamp', 'gerda-proefsteenkamp']], 'a letter added, at the sentence\'s start');
  t.same(mentions('Volgens Proefsteekamp is de wijk veilig.'), [], 'a misspelt surname alone names nobody');
  t.same(mentions('Gerda Proefsteenkam opende de vergadering.'), [], 'a slip at a word\'s end is not read (Dutch inflects there)');
  t.same(mentions('Gerda Proefstenkaamp opende de vergadering.'), [], 'two letters apart');
  t.same(mentions('Ann Bokkken opende de vergadering.'), [], 'a surname of fewer than seven letters');
  t.same(mentions('gerda proefsteekamp opende de vergadering.'), [], 'not written as a name');
  t.same(mentions('Volgens Van Proefkmpen is de wijk veilig.'), [], 'an alias that is the surname alone is no full name: another person may bear the name written');
});

t.test('a place misspelt by one letter inside a long word names the place', async (t) => {
  t.same(mentions('De inbraken stegen in Zanhoven en Wuuustwezel.'), [['Zanhoven', 'zandhoven'], ['Wuuustwezel', 'wuustwezel']]);
  t.same(mentions('Het gebeurde in KnokkeHeist.'), [['KnokkeHeist', 'knokke-heist']], 'a compound written without its hyphen');
  t.same(mentions('Het gebeurde in Zandhaven.'), [], 'a letter changed: another name');
  t.same(mentions('Het gebeurde in Haselt.'), [], 'a name shorter than eight letters');
  t.same(mentions('Het gebeurde in Zandhovenn.'), [], 'a letter added at the word\'s end: Dutch inflects there');
  t.same(mentions('Het gebeurde in Proefhven.'), [], 'one letter from two places: neither');
  t.same(mentions('Het gebeurde in Proefhoven.'), [['Proefhoven', 'proefhoven']], 'the known name itself');
});

t.test('a misspelt known place is linked, so no candidate', async (t) => {
  const text = 'De daling is het grootst in Zanhoven.';
  t.same(proposeCandidates(text, segmentDocument(text), extractMentions(text, matcher), matcher).map((c) => c.quote), []);
});
