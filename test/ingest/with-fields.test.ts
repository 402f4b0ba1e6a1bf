/** withFields is `{ ...base, ...fields }`: the same properties, values and order. */
import fc from 'fast-check';
import t from 'tap';
import { withFields } from '../../src/ingest/with-fields.js';

t.test('the same object as a spread, new fields after, replaced fields in place', async (t) => {
  const figure = { start: 3, end: 9, quote: '12 agenten', subject: null };
  const copy = withFields(figure, { subject: 'agenten', measure: 2 });
  t.equal(JSON.stringify(copy), JSON.stringify({ ...figure, subject: 'agenten', measure: 2 }));
  t.same(Object.keys(copy), ['start', 'end', 'quote', 'subject', 'measure']);
  t.equal(figure.subject, null, 'the base is left as it was');
  const keys = fc.constantFrom('start', 'end', 'quote', 'measure', 'kind', 'a', 'b');
  fc.assert(fc.property(fc.dictionary(keys, fc.jsonValue()), fc.dictionary(keys, fc.jsonValue()), (base, fields) =>
    JSON.stringify(withFields(base, fields)) === JSON.stringify({ ...base, ...fields })));
});
