/**
 * The extraction's shortcuts give the answers of the plain code they skip (fast-check): a
 * qualifier looked up by its last word, the coordination check before its expression, the URL
 * expression tried only on a text that may hold one.
 */
import fc from 'fast-check';
import t, { type Test } from 'tap';
import { BODY_NOUN_NAME, bodyNounNames, endsInSeparator, mayNamePluralRole, NAMES_THEN_ROLE, PLACE_ITEM_BEFORE, ROLE_THEN_NAMES } from '../../src/ingest/candidates.js';
import { mayEndCoordinated, ROLE_NOUN } from '../../src/ingest/entities.js';
import { COMPARED_DATE, COMPARISON_WORD } from '../../src/ingest/figures/dates.js';
import { findQualifier } from '../../src/ingest/figures/qualifiers.js';
import { mayBeOneWordFraction, readOneWordFraction } from '../../src/ingest/figures/shapes.js';
import { blockedSpans, figureTokens, TOKEN_RE, type Token } from '../../src/ingest/figures/tokens.js';
import { PAST_VERBS, QUALIFIERS, TOT_GOVERNING_PREFIXES } from '../../src/ingest/figures/words.js';
import { splitAtNonLetters } from '../../src/text/char-class.js';
import { capitalWordStarts } from '../../src/text/matches.js';
import { endsOnSpacedWord } from '../../src/text/spaced-words.js';

const assertProperty = <T>(t: Test, name: string, property: fc.IProperty<T>) => {
  t.doesNotThrow(() => fc.assert(property, { numRuns: 2000 }), name);
};

/** The qualifier search before its index by last word: every qualifier tried in the list's order. */
function everyQualifier(tokens: Token[], i: number, minIdx: number, opensRange: boolean) {
  for (const [seq, phrase] of QUALIFIERS) {
    const first = i - seq.length;
    if (first < minIdx) continue;
    if (!seq.every((w, n) => tokens[first + n]!.norm === w)) continue;
    if (seq.length === 1 && seq[0] === 'tot') {
      if (opensRange) continue;
      const window = tokens.slice(Math.max(0, first - 8), first);
      if (window.some((w) => TOT_GOVERNING_PREFIXES.some((g) => w.norm.startsWith(g)))) continue;
      const p = tokens[first - 1];
      if (p?.norm === 'van' || p?.norm === 'en') continue;
    }
    return { phrase, first };
  }
  return null;
}

t.test('a qualifier found by its last word is the one the whole list gives', async (t) => {
  const words = [...new Set(QUALIFIERS.flatMap(([seq]) => seq)), 'van', 'en', 'steeg', 'agenten', '12', 'de'];
  const token = (norm: string) => ({ norm }) as Token;
  const cases = fc.record({
    norms: fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 }),
    at: fc.nat(12),
    minIdx: fc.nat(12),
    opensRange: fc.boolean(),
  });
  assertProperty(t, 'same qualifier', fc.property(cases, ({ norms, at, minIdx, opensRange }) => {
    const tokens = [...norms, '12'].map(token);
    const i = Math.min(at, norms.length);
    const min = Math.min(minIdx, i);
    t.same(findQualifier(tokens, i, min, opensRange), everyQualifier(tokens, i, min, opensRange));
  }));
  t.same(findQualifier([token('meer'), token('dan'), token('12')], 2, 0, false), { phrase: 'meer dan', first: 0 });
  t.same(findQualifier([token('niet'), token('meer'), token('dan'), token('12')], 3, 1, false), { phrase: 'meer dan', first: 1 }, 'not before minIdx');
});

/** The expression the check guards (as in entities.ts). */
const COORDINATED_BEFORE = /(?:([\p{L}-]+)\s+)?([\p{L}-]+)\s*(?:,|\s+en|\s+of|\s+als)(?:\s+(?:de|het))?\s+$/du;

t.test('a window the coordination check rejects never matches the coordination expression', async (t) => {
  const window = fc.string({ unit: fc.constantFrom('a', 'e', 'n', 'o', 'f', 'l', 's', 'd', 'h', 't', 'ë', '-', ',', ' ', '\u00a0', '\n', 'en', ' en ', ' of ', ' als ', ' de ', ' het '), maxLength: 40 });
  assertProperty(t, 'no match where the check says no', fc.property(window, (w) => mayEndCoordinated(w) || !COORDINATED_BEFORE.test(w)));
  t.ok(mayEndCoordinated('de lokale en '));
  t.ok(mayEndCoordinated('federale bestuurlijke als de '));
  t.notOk(mayEndCoordinated('de lokale en'), 'no space before the name');
  t.ok(mayEndCoordinated('lokale, '));
  t.notOk(mayEndCoordinated('de lokale politie '));
  t.notOk(mayEndCoordinated('zij hebben '), 'a word ending in "en" is no coordinator');
  t.notOk(mayEndCoordinated('de lokale politie en de zijde '), 'nor one ending in "de" an article');
  t.notOk(mayEndCoordinated('volgens de '), 'an article after no coordinator');
});

/** The URL and e-mail expression as it ran on every text. */
const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+/g;

t.test('blocked spans hold every URL and e-mail address, and none where a text has no "http", "www." or "@"', async (t) => {
  const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', ' ', '/', ':', '@', 'http', 'https://', 'www.', 'w', 'x@y.be', '\n'), maxLength: 40 });
  assertProperty(t, 'URL spans as the expression finds them', fc.property(text, (s) => {
    const spans = blockedSpans(s).map(([start, end]) => `${start}:${end}`);
    const urls = [...s.matchAll(URL_OR_EMAIL)].map((m) => `${m.index}:${m.index + m[0].length}`);
    t.same(spans.slice(spans.length - urls.length), urls);
  }));
  t.same(blockedSpans('mail info@politie.be of zie www.politie.be'), [[5, 20], [28, 42]]);
});

/** Expressions anchored at the end of a window, as entities.ts, candidates.ts and meaning.ts write them, with the check each runs behind. */
const ANCHORED_AT_END: Array<[string, RegExp, string[], 0 | 1]> = [
  ['a seat noun before "in"/"te"', /(?:^|[^\p{L}-])((?:\p{L}+[ -])*\p{L}+)\s+(?:in|te)\s+$/u, ['in', 'te'], 0],
  ['a place before "in" and its town', /(?<![\p{L}])(?:op|aan)\s+(?:de\s+|het\s+)?(\p{Lu}[\p{L}-]*\p{Ll})\s+in\s+$/du, ['in'], 0],
  ['a change cue before "met"/"tot"', /(?:^|\s)(\p{L}+(?:\s+\p{L}+)?)\s+(?:met|tot)\s+$/u, ['met', 'tot'], 0],
  ['a change cue before "met"/"tot" and a word', /(?:^|\s)(\p{L}+(?:\s+\p{L}+)?)\s+(?:met|tot)\s+(?:\p{L}+\s+)?$/u, ['met', 'tot'], 1],
  ['a change noun before "van"', /(?:^|\s)(\p{L}+)\s+van\s+(?:\p{L}+\s+)?$/u, ['van'], 1],
];

t.test('a window that does not end on its spaced word never matches the expression anchored at its end', async (t) => {
  const window = fc.string({ unit: fc.constantFrom('a', 'e', 'i', 'n', 't', 'm', 'v', 'o', 'p', 'L', 'Z', 'ë', '-', ',', '.', ' ', '\u00a0', '\n', 'in', 'te', 'met', 'tot', 'van', ' in ', ' te ', ' met ', ' tot ', ' van ', 'op ', 'aan ', 'de ', 'Gent', 'op Gent', 'aan de Gent'), maxLength: 40 })
    .chain((w) => fc.constantFrom(w, `${w} in `, `${w}op Gent in `, `${w} aan het Zwartberg in\n`, `${w} met `, `${w} tot bijna `, `${w} van 12 `));
  for (const [name, expression, words, between] of ANCHORED_AT_END) {
    assertProperty(t, name, fc.property(window, (w) => endsOnSpacedWord(w, words, between) || !expression.test(w)));
  }
  t.ok(endsOnSpacedWord('de rechtbank te ', ['in', 'te']));
  t.notOk(endsOnSpacedWord('de rechtbank te', ['in', 'te']), 'no white space after the word');
  t.notOk(endsOnSpacedWord('de rechtbankte ', ['in', 'te']), 'no white space before it');
  t.ok(endsOnSpacedWord('steeg met bijna ', ['met', 'tot'], 1), 'a word between');
  t.notOk(endsOnSpacedWord('steeg met bijna ', ['met', 'tot']), 'none allowed');
  t.notOk(endsOnSpacedWord('steeg met bijna wel ', ['met', 'tot'], 1), 'two words between');
  t.notOk(endsOnSpacedWord(' ', ['in']));
});

t.test('a window before a name that does not end on "van", "voor" or "de" in any case never matches the portfolio expression', async (t) => {
  const PORTFOLIO_BEFORE = new RegExp(String.raw`${ROLE_NOUN.source.slice(0, -2)}\s+(?:van|voor)(?:\s+de)?\s+$`, 'iu');
  const window = fc.string({ unit: fc.constantFrom('minister', 'Staatssecretaris', 'SCHEPEN', ' ', '\n', 'van', 'Van', 'VOOR', 'voor', 'de', 'De', 'dE', ' de ', 'a', '-', 'Justitie'), maxLength: 12 });
  assertProperty(t, 'no match where the check says no', fc.property(window, (w) => endsOnSpacedWord(w.toLowerCase(), ['van', 'voor', 'de']) || !PORTFOLIO_BEFORE.test(w)));
  t.ok(PORTFOLIO_BEFORE.test('de Minister VAN De '), 'the expression ignores case');
  t.ok(endsOnSpacedWord('de Minister VAN De '.toLowerCase(), ['van', 'voor', 'de']));
});

t.test('a text the plural-role check rejects has no match of the two person-list patterns', async (t) => {
  const nouns = ['commissarissen', 'Hoofdcommissarissen', 'inspecteurs', 'HOOFDINSPECTEURS', 'Burgemeesters', 'schepenen', 'gemeenteraadsleden', 'Raadsleden', 'kamerleden', 'fractieleiders', 'senatoren', 'woordvoersters'];
  // A noun (whole, cut short or in capitals) before or after a list of names, or beside other text.
  const noun = fc.constantFrom(...nouns, ...nouns.map((n) => n.slice(0, -1)), ...nouns.map((n) => n.toUpperCase()));
  const name = fc.constantFrom('Jan Peeters', 'An Van de Claes', 'B. Ramaekers', 'Jan', 'peeters');
  const list = fc.array(name, { minLength: 1, maxLength: 4 }).map((names) => (names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} en ${names.at(-1)!}`));
  const part = fc.oneof(
    fc.tuple(noun, fc.constantFrom(' ', ': ', ' : '), list).map(([n, joint, l]) => `${n}${joint}${l}`),
    fc.tuple(list, fc.constantFrom(', ', ', de ', ' '), noun).map(([l, joint, n]) => `${l}${joint}${n}`),
    fc.constantFrom('de ', ' x', '\n', 'Van', ', '),
  );
  const texts = fc.array(part, { maxLength: 4 }).map((parts) => parts.join(' '));
  const matches = (text: string) => [ROLE_THEN_NAMES, NAMES_THEN_ROLE].some((pattern) => [...text.matchAll(pattern)].length > 0);
  assertProperty(t, 'no match where the check says no', fc.property(texts, (text) => mayNamePluralRole(text) || !matches(text)));
  t.ok(matches('de schepenen An Peeters en Jan Claes') && mayNamePluralRole('de schepenen An Peeters en Jan Claes'));
  t.ok(matches('Jan Peeters en An Claes, gemeenteraadsleden'));
  t.notOk(mayNamePluralRole('Jan Peeters en An Claes, de schepen'), 'no plural role noun');
});

t.test('the body noun and name pattern tried only where it may open finds what matchAll finds', async (t) => {
  // Nouns alone and ending compounds, after capitals, hyphens and astral letters; quotes, tabs and line breaks before the name; lone surrogates.
  const unit = fc.constantFrom('dienst', 'politiedienst', 'cel', 'groep', 'bureau', 'partij', 'anti-', 'x', 'a', 'Drugs', 'Jan', 'Peeters', 'A', 'É', ' ', '\t', '  ', '\n', '‘', '“', '"', "'", '’', '-', '𝓪', '𝒜', 'ǅ', '\ud835', '\udc9c', '4', '.');
  const found = (ms: RegExpExecArray[]) => ms.map((m) => ({ index: m.index, groups: [...m] }));
  assertProperty(t, 'same matches', fc.property(fc.string({ unit, maxLength: 24 }), (text) => {
    t.same(found(bodyNounNames(text, capitalWordStarts(text))), found([...text.matchAll(BODY_NOUN_NAME)]));
  }));
  t.same(found(bodyNounNames('de anti-drugsdienst ‘Ecofin’ en onderzoeksbureau\tIpsos', capitalWordStarts('de anti-drugsdienst ‘Ecofin’ en onderzoeksbureau\tIpsos'))).map((m) => m.groups[2]), ['Ecofin’', 'Ipsos']);
});

/** The expressions the literal checks guard (as in sentences.ts and figures/meaning.ts). */
const STOP_BEFORE_DIGITS = /(?<=\p{L}{4}[.!?]["”’)]?\s+)(?=\d)/gu;
const PRESENT_PARTICIPLE = /\p{L}{4}ende\s/u;

t.test('a segment with no space before a digit has no digit-start cut; a clause without "ende" no present participle', async (t) => {
  const unit = fc.constantFrom('a', 'e', 'n', 'd', 'ende', 'lopende', 'zin', '.', '!', '”', ')', ' ', '\u00a0', '\t', '\n', '\u2028', '1', '90', '١', 'ë', '😀');
  assertProperty(t, 'digit starts', fc.property(fc.string({ unit, maxLength: 30 }), (s) => /\s\d/u.test(s) || [...s.matchAll(STOP_BEFORE_DIGITS)].length === 0));
  assertProperty(t, 'participles', fc.property(fc.string({ unit, maxLength: 30 }), (s) => s.includes('ende') || !PRESENT_PARTICIPLE.test(s)));
  t.equal([...'Dit werkt goed.\u00a090 procent'.matchAll(STOP_BEFORE_DIGITS)].length, 1, 'a no-break space before the digits is a space');
});

t.test('the figure tokens scanned by code point are the matches of the token expression', async (t) => {
  // The reference: the expression over the text, as the tokenizer ran it before.
  const reference = (text: string) => {
    const out: Array<Pick<Token, 'type' | 'start' | 'end' | 'text' | 'lineStart' | 'glued'>> = [];
    let prevEnd = 0;
    for (const m of text.matchAll(TOKEN_RE)) {
      const gap = text.slice(prevEnd, m.index);
      const end = m.index + m[0].length;
      out.push({ type: m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym', start: m.index, end, text: m[0], lineStart: out.length === 0 ? !/\S/.test(text.slice(0, m.index)) : gap.includes('\n'), glued: out.length > 0 && gap.length === 0 });
      prevEnd = end;
    }
    return out;
  };
  const scanned = (text: string) => figureTokens(text).map(({ type, start, end, text, lineStart, glued }) => ({ type, start, end, text, lineStart, glued }));
  // Numbers with separators and minutes, glued prepositions, apostrophes, hyphens, marks, "²", astral letters, lone surrogates, spaces of several kinds.
  const unit = fc.constantFrom('12', '1', '000', '3,5', '2.500', ':', '36', ' minuten', 'min', 'van', 'Van', 'naar', 'tot', 'Tussen', 'tussen', 'vanaf', 'n', 't', 'camera', '’s', "'", '’', '-', '–', 'ANPR', 'é', '\u0301', '²', '³', 'm', '𝓪', '😀', '\ud835', '\udc9c', ' ', '\u00a0', '\u202f', '\n', '\t', '\u2028', '.', ',', '%', '€', '/');
  assertProperty(t, 'same tokens', fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
    t.same(scanned(text), reference(text));
  }));
  t.same(scanned('van78 naar 1 000 camera’s, 12:36 minuten').map((x) => x.text), ['van', '78', 'naar', '1 000', 'camera’s', ',', '12:36', 'minuten']);
});

t.test('a word the one-word fraction check rejects is read as no fraction', async (t) => {
  const unit = fc.constantFrom('een', 'twee', 'drie', 'vier', 'zeven', 'honderd', 'en', 'derde', 'vierde', 'kwart', 'achtste', 'tiende', 'twintigste', 'honderdste', 'de', 'te', 'rt', 'e', 'x', 'ë', '😀');
  assertProperty(t, 'never a fraction', fc.property(fc.string({ unit, maxLength: 6 }), (word) => mayBeOneWordFraction(word) || readOneWordFraction(word) === null));
  t.equal(readOneWordFraction('driekwart'), 0.75);
  t.ok(mayBeOneWordFraction('tweederde') && !mayBeOneWordFraction('derde') && !mayBeOneWordFraction('politie'));
});

t.test("a past verb found among a sentence's words is the one the whole-text expression finds", async (t) => {
  // figures/index.ts (narratesInPast) looks the sentence's runs of letters up in PAST_VERBS instead of
  // testing the alternation with its letter lookarounds at every position: the same answer while
  // every past verb is letters only.
  t.same([...PAST_VERBS].filter((w) => !/^\p{L}+$/u.test(w)), [], 'every past verb is a run of letters');
  const pastTense = new RegExp(`(?<![\\p{L}])(?:${[...PAST_VERBS].join('|')})(?![\\p{L}])`, 'u');
  const part = fc.constantFrom(...[...PAST_VERBS].slice(0, 12), 'was', 'werden', 'wasser', 'verwerd', 'é', 'ß', '\u0301', 'x', ' ', '-', '.', '’', '4', '😀', '\ud835', 'Was');
  assertProperty(t, 'word lookup = expression', fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
    const sentence = parts.join('');
    return splitAtNonLetters(sentence).some((w) => PAST_VERBS.has(w)) === pastTense.test(sentence);
  }));
});

t.test('a text before a place that does not end in a separator never matches the list item expression anchored at its end', async (t) => {
  const window = fc.string({ unit: fc.constantFrom('Kortemark', 'Oostveld', 'in ', 'op de ', ' ', '\t', '\n', '\u00a0', ',', ', ', ' en ', ' of ', 'en', 'of', 'En', 'ven', 'a', '-', 'Sint-'), maxLength: 30 });
  assertProperty(t, 'PLACE_ITEM_BEFORE', fc.property(window, (w) => endsInSeparator(w, w.length) || !PLACE_ITEM_BEFORE.test(w)));
  t.ok(endsInSeparator('in Kortemark, ', 14) && PLACE_ITEM_BEFORE.test('in Kortemark, '), 'a comma');
  t.ok(endsInSeparator('in Kortemark en ', 16) && PLACE_ITEM_BEFORE.test('in Kortemark en '), '"en"');
  t.notOk(endsInSeparator('wonen in ', 9), 'a preposition');
  t.notOk(endsInSeparator('Kortemarken ', 12), '"en" ending a word');
});

t.test('a window without a comparison word never matches the comparison expression anchored at its end', async (t) => {
  const window = fc.string({
    unit: fc.constantFrom('meer', 'minder', 'groter', ' dan ', 'dan', 'DAN', 'tegenover', 'ten opzichte van', 't.o.v.', 't. o. v', 'tov', 'in vergelijking met',
      'vergeleken met', 'verschil met', 'vorig jaar', '2019', ' ', 'a', 'er', '.', ',', '(', '\u212a', 'ſ'),
    maxLength: 25,
  });
  assertProperty(t, 'COMPARED_DATE', fc.property(window, (w) => COMPARISON_WORD.test(w) || !COMPARED_DATE.test(w)));
  t.ok(COMPARED_DATE.test('15 procent minder in vergelijking met ') && COMPARISON_WORD.test('15 procent minder in vergelijking met '));
  t.notOk(COMPARISON_WORD.test('de inbraken in '), 'no comparison');
});
