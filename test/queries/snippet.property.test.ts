/**
 * Search snippets placed by the index: the position of the first match read from the
 * indexed stems gives the snippet that reading the whole text gives, whatever the text.
 */
import fc from 'fast-check';
import t from 'tap';
import { firstMatchIndex, snippet } from '../../src/queries/fulltext.js';
import { stemmedText, tokenize } from '../../src/text/stem.js';

const word = fc.constantFrom('camera', 'camera’s', "Camera's", 'politie', 'politiekantoren', 'kantoor', 'één', 'cafe\u0301', 'ANPR', 'wijkagent', '2024', 's', 'de', 'het', 'İstanbul', '😀', 'drugs');
const separator = fc.constantFrom(' ', ', ', '-', '\n', ' – ', '. ', ' (', ') ', '’');
/** Dutch-like texts of up to 120 words, so that windows are cut on both sides. */
const texts = fc.array(fc.tuple(word, separator), { maxLength: 120 }).map((parts) => parts.flat().join(''));

t.test('the index position of the first match gives the snippet of a whole reading', async (t) => {
  t.doesNotThrow(() => fc.assert(fc.property(texts, fc.subarray(['camera', 'politie', 'kantor', 'wijkagent', 'drug', 'een']), (text, stems) => {
    const set = new Set(stems);
    const first = firstMatchIndex(stemmedText(text), stems);
    const index = tokenize(text).findIndex((w) => set.has(w.stem));
    return first === Math.max(0, index) && snippet(text, set, first) === snippet(text, set);
  }), { numRuns: 500 }));
});

/** HTML entities of escapeHtml, decoded. */
const unescape = (html: string) => html.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!);

t.test('a snippet is the text of its window, escaped, with exactly the searched words marked', async (t) => {
  const risky = fc.constantFrom('<b>', '&amp;', '"x"', "'y'", 'a&b', '>');
  const mixed = fc.array(fc.tuple(fc.oneof(word, risky), separator), { maxLength: 120 }).map((parts) => parts.flat().join(''));
  t.doesNotThrow(() => fc.assert(fc.property(mixed, fc.subarray(['camera', 'politie', 'kantor', 'drug', 'een']), (text, stems) => {
    const set = new Set(stems);
    const html = snippet(text, set);
    const body = html.replace(/^…/, '').replace(/…$/, '');
    const plain = unescape(body.replace(/<\/?mark>/g, ''));
    if (!text.includes(plain) || /[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/.test(body.replace(/<\/?mark>/g, ''))) return false;
    const marked = [...body.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => unescape(m[1]!));
    const words = tokenize(plain);
    return marked.length === words.filter((w) => set.has(w.stem)).length && marked.every((m) => tokenize(m).some((w) => set.has(w.stem)));
  }), { numRuns: 500 }));
});

t.test('a hint past every match reads the text again from the start', async (t) => {
  const text = 'De camera staat aan het station, en verder niets over de zaak die ons bezighoudt.';
  const stems = new Set(['camera']);
  t.equal(snippet(text, stems, 12), snippet(text, stems));
  t.match(snippet(text, stems, 12), '<mark>camera</mark>');
});

t.test('a long text is cut to a window around the first match, marked, with ellipses', async (t) => {
  const text = `${'woord '.repeat(500)}de camera hier ${'slot '.repeat(500)}`;
  const stems = new Set(['camera']);
  const cut = snippet(text, stems, firstMatchIndex(stemmedText(text), ['camera']));
  t.match(cut, /^…(woord ){11}de <mark>camera<\/mark> hier( slot){26}…$/);
  t.equal(firstMatchIndex(stemmedText(text), ['camera']), 501);
  t.equal(firstMatchIndex('a b c', ['x']), 0, 'no match: from the start');
  t.equal(firstMatchIndex('camera b camera', ['b', 'camera']), 0, 'the earliest of several stems');
});

t.test('a snippet deep in a long text skips to its window without a regular expression per word', async (t) => {
  // The word pattern's `exec` per word (an array and a string each) was most of a snippet's time
  // when the first match lies deep in a document; the words are now scanned by code point.
  const text = `${'woord, '.repeat(3000)}de camera hier ${'slot '.repeat(500)}`;
  const stems = new Set(['camera']);
  const first = firstMatchIndex(stemmedText(text), ['camera']);
  // The runs of any regular expression counted around the one call (t.capture records a stack per
  // call, itself with regular expressions), the original restored at once.
  const exec = RegExp.prototype.exec;
  let calls = 0;
  // eslint-disable-next-line no-extend-native -- a counting wrapper of the builtin, removed in the finally below
  RegExp.prototype.exec = function (this: RegExp, string: string) {
    calls++;
    return exec.call(this, string);
  };
  let cut: string;
  try {
    cut = snippet(text, stems, first);
  } finally {
    // eslint-disable-next-line no-extend-native -- the builtin put back
    RegExp.prototype.exec = exec;
  }
  t.match(cut, /^…(woord, ){11}de <mark>camera<\/mark> hier( slot){26}…$/);
  t.ok(calls < 20, `${calls} regular expression runs for a window 3 001 words in (at most a few per marked word and escaped run)`);
});
