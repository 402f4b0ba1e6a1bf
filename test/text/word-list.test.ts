import t from 'tap';
import { wordList, wordSet } from '../../src/text/word-list.js';

t.test('a word list names each word once', async (t) => {
  t.same(wordList(['een', 'twee']), ['een', 'twee']);
  t.ok(wordSet(['een', 'twee']).has('twee'));
  t.throws(() => wordList(['een', 'twee', 'een']), /word list names "een" twice/);
  t.throws(() => wordSet(['zijn', 'is', 'zijn']), /"zijn" twice/);
});
