import t from 'tap';
import { memoByWord } from '../../src/text/memo.js';

t.test('a word is computed once while the memo holds it, and again after the memo is cleared at its bound', async (t) => {
  const computed: string[] = [];
  const length = memoByWord((word) => {
    computed.push(word);
    return word === 'leeg' ? null : word.length;
  }, 2);
  t.equal(length('politie'), 7);
  t.equal(length('politie'), 7);
  t.equal(length('leeg'), null, 'a null answer is remembered too');
  t.equal(length('leeg'), null);
  t.same(computed, ['politie', 'leeg'], 'each word computed once');
  t.equal(length('zone'), 4, 'a third word: the memo, at its bound of 2, starts again');
  t.equal(length('politie'), 7);
  t.same(computed, ['politie', 'leeg', 'zone', 'politie'], 'the cleared word is computed again');
});

t.test('an undefined answer is remembered like any other', async (t) => {
  const computed: string[] = [];
  const nothing = memoByWord((word): number | undefined => {
    computed.push(word);
    return word === 'leeg' ? undefined : word.length;
  });
  t.equal(nothing('leeg'), undefined);
  t.equal(nothing('leeg'), undefined);
  t.equal(nothing('zone'), 4);
  t.equal(nothing('zone'), 4);
  t.same(computed, ['leeg', 'zone'], 'each word computed once');
});
