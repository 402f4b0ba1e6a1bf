import fc from 'fast-check';
import t from 'tap';
import { asciiJson } from '../../src/text/ascii-json.js';

const cases: Array<{ name: string; value: unknown; json: string }> = [
  { name: 'ASCII stays as it is', value: { a: 'camera', n: 1 }, json: '{"a":"camera","n":1}' },
  { name: 'a typographic apostrophe', value: 'camera’s', json: '"camera\\u2019s"' },
  { name: 'accented letters, lower-case hex', value: 'België, Liège', json: '"Belgi\\u00eb, Li\\u00e8ge"' },
  { name: 'DEL is ASCII and stays; the C1 range is escaped', value: '\u007f\u0085', json: '"\u007f\\u0085"' },
  { name: 'astral characters as surrogate pairs', value: '🚓', json: '"\\ud83d\\ude93"' },
  { name: 'escapes already in the JSON are kept', value: 'a"b\\c\n', json: '"a\\"b\\\\c\\n"' },
  { name: 'runs of non-ASCII characters, at the start and at the end', value: ['ééa', 'b’’', '€🚓€'], json: '["\\u00e9\\u00e9a","b\\u2019\\u2019","\\u20ac\\ud83d\\ude93\\u20ac"]' },
];

t.test('asciiJson escapes every non-ASCII character and keeps the value', async (t) => {
  for (const c of cases) {
    const out = asciiJson(JSON.stringify(c.value));
    t.equal(out, c.json, c.name);
    // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL
    t.ok(/^[\x00-\x7f]*$/.test(out), `${c.name}: ASCII only`);
    t.same(JSON.parse(out), c.value, `${c.name}: parses to the same value`);
  }
});

/** The definition, one code unit at a time: what the faster implementation must equal. */
const escapedCodeUnits = (text: string) => [...Array(text.length).keys()].map((i) => (text.charCodeAt(i) < 0x80 ? text[i] : `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`)).join('');

t.test('asciiJson equals escaping every code unit above 0x7f, on any text (lone surrogates too)', async (t) => {
  t.equal(asciiJson('a\ud800b\udc00'), 'a\\ud800b\\udc00', 'lone surrogates, not from JSON.stringify, are escaped too');
  const codeUnits = fc.string({ unit: fc.oneof(fc.constantFrom('a', '"', '\\', 'é', '’', '\u0080', '\u07ff', '\uffff', '\ud83d', '\ude93'), fc.string({ unit: 'binary', maxLength: 2 })), maxLength: 40 });
  fc.assert(fc.property(codeUnits, (text) => asciiJson(text) === escapedCodeUnits(text)), { numRuns: 2000 });
  t.pass('2000 texts');
});

t.test('asciiJson gives the same text when called again, and for an all-ASCII text returns it as it is', async (t) => {
  const text = `${'x'.repeat(100)}é${'y'.repeat(100)}`;
  t.equal(asciiJson(text), asciiJson(text), 'no state is left behind between calls');
  const ascii = asciiJson(text);
  t.equal(asciiJson(ascii), ascii);
});
