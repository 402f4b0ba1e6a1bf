/** One tokenizer family: the gazetteer's match tokens and the search index's words share one word definition. */
import fc from 'fast-check';
import t from 'tap';
import { foldForMatch } from '../../src/text/fold.js';
import { words } from '../../src/text/stem.js';
import { matchTokens } from '../../src/text/tokens.js';

const wordSpans = (text: string) => matchTokens(foldForMatch(text)).filter((tok) => /^[\p{L}\p{N}]/u.test(tok.bare)).map((tok) => [tok.start, tok.end]);

t.test('a decomposed (NFD) letter stays inside its word for matching, as it does for search', async (t) => {
  const nfd = 'Lie\u0300ge'.normalize('NFD');
  t.same(matchTokens(foldForMatch(nfd)).map((tok) => tok.bare), ['lie\u0300ge']);
  t.same([...words(nfd)].map((w) => [w.start, w.end]), wordSpans(nfd));
});

t.test('search words are the match tokens that are words (less a clitic "s")', async () => {
  const texts = fc
    .array(fc.constantFrom('ANPR', '-', 'camera', '’s', "'s", ' s', 'e\u0301e\u0301n', 'één', 'Liège', '2023', '1.829', '²', ' ', '\n', '.', 'politie', 'ĳs', '\u0301'), { maxLength: 30 })
    .map((parts) => parts.join(''));
  fc.assert(
    fc.property(texts, (text) => {
      const search = [...words(text)].map((w) => [w.start, w.end]);
      const matched = wordSpans(text);
      const same = (x: number[]) => ([a, b]: number[]) => a === x[0] && b === x[1];
      if (!search.every((w) => matched.some(same(w)))) return false;
      const clitics = matched.filter((m) => !search.some(same(m)));
      return clitics.every(([s, e]) => foldForMatch(text.slice(s, e)) === 's' && /'$/u.test(foldForMatch(text.slice(0, s))));
    }),
  );
});
