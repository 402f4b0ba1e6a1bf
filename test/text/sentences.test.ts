/** The one sentence splitter that the measures (segment.ts) and the figures stage both read. */
import fc from 'fast-check';
import t from 'tap';
import { sentenceSpans } from '../../src/ingest/figures/dates.js';
import { segmentDocument } from '../../src/ingest/segment.js';
import { icuSentences, splitSentences } from '../../src/text/sentences.js';

const quotes = (text: string, spans: Array<[number, number]>) => spans.map(([s, e]) => text.slice(s, e));

t.test('abbreviations do not end a sentence; a stop before a sentence opening with digits does', async (t) => {
  const text = 'Zie nr. 5 hierboven. De dienst werkt samen met de politie. 90 procent is afgerond.';
  t.same(quotes(text, splitSentences(text, 0, text.length)), ['Zie nr. 5 hierboven.', 'De dienst werkt samen met de politie.', '90 procent is afgerond.']);
});

t.test('a line break inside a block is wrapping, not a sentence end', async (t) => {
  const text = 'De politie zet in op meer controles in de wijk en op\nbetere verlichting van de straten.';
  t.same(quotes(text, splitSentences(text, 0, text.length)), [text]);
});

t.test('a fragment without a letter joins the sentence before it', async (t) => {
  const text = 'Het aantal feiten daalde sterk. 2023.';
  t.same(quotes(text, splitSentences(text, 0, text.length)), [text]);
});

t.test('measures and figures read the same sentences of a paragraph', async (t) => {
  const text = 'De dienst werkt samen met de politie. 90 procent van de dossiers is afgerond.\n\nWe investeren in camera’s, bv. in de stationsbuurt.';
  const measures = segmentDocument(text).map((m) => m.quote);
  t.same(measures, ['De dienst werkt samen met de politie.', '90 procent van de dossiers is afgerond.', 'We investeren in camera’s, bv. in de stationsbuurt.']);
  t.same(quotes(text, sentenceSpans(text)), measures);
});

t.test('spans are trimmed, ordered, inside the block and never empty', async () => {
  const texts = fc.array(fc.constantFrom('De', 'politie', 'nr.', '5', '90', ' ', ' ', '. ', '? ', '\n', '\r\n', 'bv.', '’s', 'Wijk', '2023'), { maxLength: 40 }).map((parts) => parts.join(''));
  fc.assert(fc.property(texts, fc.nat(5), (text, lead) => {
    const start = Math.min(lead, text.length);
    const spans = splitSentences(text, start, text.length);
    let last = start;
    for (const [s, e] of spans) {
      if (s < last || e <= s || e > text.length) return false;
      if (/\s/u.test(text[s]!) || /\s/u.test(text[e - 1]!)) return false;
      last = e;
    }
    return true;
  }));
});

t.test('a text with no sentence terminator, or none but at its end, skips ICU and gets the sentences ICU gives it', async () => {
  const segmenter = new Intl.Segmenter('nl', { granularity: 'sentence' });
  // Terminators of other scripts (Greek question mark, Armenian, Arabic, Devanagari, CJK, "‼", the one-dot leader) next to Dutch text and punctuation.
  const parts = ['De', 'politie', ' ', ' ', '\t', '\u00a0', ',', ';', ':', '(', ')', ']', '"', '”', '.)', '?”', '. ', '«', '»', '’', '“', '-', '•', '€', '2023', 'é', '\u0301', '…', '.', '!', '?', '\u037e', '\u0589', '\u061f', '\u06d4', '\u0964', '\u3002', '\u203c', '\u2024', '\uff0e', '\u0085', '\u2028', '\u2029', '\u00a1', '\u00bf'];
  const texts = fc.array(fc.constantFrom(...parts), { maxLength: 30 }).map((p) => p.join(''));
  fc.assert(fc.property(texts, (text) => {
    const icu = [...segmenter.segment(text)].map(({ segment, index }) => ({ segment, index }));
    const ours = [...icuSentences(text)].map(({ segment, index }) => ({ segment, index }));
    return JSON.stringify(ours) === JSON.stringify(icu);
  }), { numRuns: 2000 });
  // Every character of the Basic Multilingual Plane between two words.
  for (let c = 0; c < 0x10000; c++) {
    const text = `ab ${String.fromCharCode(c)} cd`;
    if ([...icuSentences(text)].length !== [...segmenter.segment(text)].length) throw new Error(`U+${c.toString(16)} is cut by ICU but not here`);
    // The same character after a closing terminator, or as one with closers and spaces after it.
    for (const closed of [`ab cd.${String.fromCharCode(c)}`, `ab cd?)${String.fromCharCode(c)}`, `ab cd${String.fromCharCode(c)}” `, `ab cd!${String.fromCharCode(c)} `, `ab cd. ${String.fromCharCode(c)}`]) {
      const ours = [...icuSentences(closed)].map(({ segment, index }) => `${index}:${segment}`);
      const icu = [...segmenter.segment(closed)].map(({ segment, index }) => `${index}:${segment}`);
      if (ours.join('|') !== icu.join('|')) throw new Error(`U+${c.toString(16)}: ICU gives ${JSON.stringify(icu)}, this ${JSON.stringify(ours)}`);
    }
  }
});
