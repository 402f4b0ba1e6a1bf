/**
 * The text of one document prepared once for every extraction stage: folded once, its offset
 * map, its blocks and sentences, and its tokens, each computed the first time a stage asks and
 * then shared. Before, each stage folded and split the same text again (five foldings, two
 * figure tokenizations, three sentence splits per document).
 *
 * Sentences come from one splitter (src/text/sentences.ts: ICU's Dutch rules, line breaks inside a
 * block are wrapping, a sentence may end before digits), which both stages apply to their blocks.
 * The blocks stay two on purpose: `blocks` are the measures' (segment.ts: headings, bullets,
 * paragraphs under their section, scraped-page furniture dropped), `figureBlocks` the figures
 * stage's (dates.ts: a short line closes a block), which its reference dates and list subjects read.
 *
 * Tokens come in one family with one word definition (src/text/tokens.ts: a letter or digit, then
 * letters, digits and combining marks): `matchTokens` (words and single symbols of the folded
 * text) for gazetteer matching and theme cues, the search index's `words`/`tokenize` (stem.ts:
 * the same words, folded and stemmed), and `figureTokens` (numbers with their separators, words
 * with their apostrophe and hyphen parts) for the number reader, which needs "1.829" and
 * "ANPR-camera’s" as one token each.
 */
import { foldForMatch } from '../text/fold.js';
import { capitalWordStarts } from '../text/matches.js';
import { offsetConverter, type OffsetConverter } from '../text/offsets.js';
import { splitSentences } from '../text/sentences.js';
import { matchTokens, type MatchToken } from '../text/tokens.js';
import { blockSpans, sentenceSpans } from './figures/dates.js';
import { yearTablesOf, type YearTables } from './figures/tables.js';
import { figureTokens, type Token } from './figures/tokens.js';
import { segmentBlocks, type Block } from './segment.js';

/** Shared by every stage of one document: the arrays it hands out are read, never changed. */
export class PreparedText {
  /** Case- and diacritics-folded, the same length as `text` (see `foldForMatch`). */
  readonly folded: string;
  #offsets?: OffsetConverter;
  #blocks?: Block[];
  #figureBlocks?: Array<[number, number]>;
  #figureSentences?: Array<[number, number]>;
  #matchTokens?: MatchToken[];
  #figureTokens?: Token[];
  #capitalWordStarts?: number[];
  #yearTables?: YearTables;
  /** Sentences per block span: the two block lists share many blocks, and the splitter (ICU) is costly. */
  readonly #sentencesByBlock = new Map<string, Array<[number, number]>>();
  readonly #split = (text: string, start: number, end: number): Array<[number, number]> => {
    const key = `${start}:${end}`;
    let spans = this.#sentencesByBlock.get(key);
    if (spans === undefined) {
      spans = splitSentences(text, start, end);
      this.#sentencesByBlock.set(key, spans);
    }
    return spans;
  };

  constructor(readonly text: string) {
    this.folded = foldForMatch(text);
  }

  /** UTF-16 ↔ code-point offsets of `text`. */
  get offsets(): OffsetConverter {
    return (this.#offsets ??= offsetConverter(this.text));
  }

  /** The measures' blocks (paragraphs and bullets under their section heading) with their sentences. */
  get blocks(): Block[] {
    return (this.#blocks ??= segmentBlocks(this.text, this.#split));
  }

  /** The figures stage's blocks: lines joined where a line wraps (UTF-16 spans, in text order). */
  get figureBlocks(): Array<[number, number]> {
    return (this.#figureBlocks ??= blockSpans(this.text));
  }

  /** The figures stage's sentence spans: its blocks split into sentences (UTF-16, in text order). */
  get figureSentences(): Array<[number, number]> {
    return (this.#figureSentences ??= sentenceSpans(this.text, this.figureBlocks, this.#split));
  }

  /** The tables whose columns are years ("2016 2017 2018" over "Alken 44 36 48"), for the figures' readers, meanings and links. */
  get yearTables(): YearTables {
    return (this.#yearTables ??= yearTablesOf(this.text));
  }

  /** The figures stage's sentence holding `pos` (see {@link spanAt}). */
  figureSentenceAt(pos: number): [number, number] {
    return spanAt(this.figureSentences, pos);
  }

  /** Words and single symbols of the folded text, for the gazetteer trie and theme cues. */
  get matchTokens(): MatchToken[] {
    return (this.#matchTokens ??= matchTokens(this.folded));
  }

  /** Where a word of `text` opens with a capital (see `capitalWordStarts`): where the candidates' name patterns are tried. */
  get capitalWordStarts(): number[] {
    return (this.#capitalWordStarts ??= capitalWordStarts(this.text));
  }

  /** Number, word and symbol tokens for the figures stage, with the spans that never hold a figure marked. */
  get figureTokens(): Token[] {
    return (this.#figureTokens ??= figureTokens(this.text, this.folded, this.yearTables));
  }
}

/** The span of `spans` (sorted, disjoint) holding `pos`, by binary search; a one-character span at `pos` when none does. */
export function spanAt(spans: ReadonlyArray<[number, number]>, pos: number): [number, number] {
  const index = spanIndexAt(spans, pos);
  return index < 0 ? [pos, pos + 1] : spans[index]!;
}

/** The index of the span (sorted, disjoint) holding `pos`, by binary search; -1 when none does. */
export function spanIndexAt(spans: ReadonlyArray<[number, number]>, pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // Read by index: destructuring `[s, e]` took five times as long once V8 had seen spans holding other than small integers (Infinity).
    const span = spans[mid]!;
    if (pos < span[0]) hi = mid - 1;
    else if (pos >= span[1]) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The prepared text of `input`, preparing it when given a plain string (tests, tools). */
export const prepared = (input: string | PreparedText): PreparedText => (typeof input === 'string' ? new PreparedText(input) : input);
