import t from 'tap';
import { asciiJson } from '../../src/text/ascii-json.js';

const cases: Array<{ name: string; value: unknown; json: string }> = [
  { name: 'ASCII stays as it is', value: { a: 'camera', n: 1 }, json: '{"a":"camera","n":1}' },
  { name: 'a typographic apostrophe', value: 'camera’s', json: '"camera\\u2019s"' },
  { name: 'accented letters, lower-case hex', value: 'België, Liège', json: '"Belgi\\u00eb, Li\\u00e8ge"' },
  { name: 'DEL is ASCII and stays; the C1 range is escaped', value: '\u007f\u0085', json: '"\u007f\\u0085"' },
  { name: 'astral characters as surrogate pairs', value: '🚓', json: '"\\ud83d\\ude93"' },
  { name: 'escapes already in the JSON are kept', value: 'a"b\\c\n', json: '"a\\"b\\\\c\\n"' },
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
