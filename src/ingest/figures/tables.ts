/**
 * Tables: written with bars ("| Gemeente | Toelage per inwoner |" over "Gent | 327 € |"), their lines, cells, header and row
 * label; and tables whose columns are years ("2016 2017 2018 2019" over "Alken 44 36 48 32 – 33,33 %", as text taken from a PDF
 * or a web page's table gives them) or whose rows are ("Jaar Inbraken Diefstallen" over "2019 120 45"), their rows and cells. One
 * implementation for the figures' tokens (a cell is a number of its own), units (a bare number counts its column's or its table's
 * noun), dates (a cell's year), subjects and places (the row's label).
 */

/** The span of the line holding offset `pos` (without its line break). */
export function lineAround(text: string, pos: number): [number, number] {
  const end = text.indexOf('\n', pos);
  return [text.lastIndexOf('\n', pos - 1) + 1, end < 0 ? text.length : end];
}

/** The cells of the line of a table ("| A | B |", "2021 | 2.315 | 75 ton |") from `from` to `to`: their spans, without the empty ends a leading or closing bar leaves. */
export function tableCells(text: string, from: number, to: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    if (k < to && text[k] !== '|') continue;
    if (text.slice(start, k).trim() !== '') cells.push([start, k]);
    start = k + 1;
  }
  return cells;
}

/** Whether offset `pos` stands on a line of a table written with bars ("2021 | 2.315 | 75 ton |"). */
export function inTableRow(text: string, pos: number): boolean {
  return text.slice(...lineAround(text, pos)).includes('|');
}

/** The start of the first line of the run of barred lines that holds offset `pos` (a table's header line; the line's own start outside a table). */
export function tableHeaderStart(text: string, pos: number): number {
  let start = lineAround(text, pos)[0];
  while (start > 0) {
    const [above] = lineAround(text, start - 1);
    if (!text.slice(above, start - 1).includes('|')) break;
    start = above;
  }
  return start;
}

/** A cell of a table row: its span and its index among the row's cells. */
export interface TableCell {
  start: number;
  end: number;
  index: number;
  cells: number;
}

/** The cell of a table row that holds the span `start`–`end`, or undefined outside a table or across cells. */
export function cellAt(text: string, start: number, end: number): TableCell | undefined {
  if (!inTableRow(text, start)) return undefined;
  const row = tableCells(text, ...lineAround(text, start));
  const index = row.findIndex(([s, e]) => s <= start && end <= e);
  return index < 0 ? undefined : { start: row[index]![0], end: row[index]![1], index, cells: row.length };
}

/**
 * The header cell over a row's cell: the first line of the run of barred lines, its cells matched to the row's from the right
 * (a row's label, such as its year, may have no header of its own). Undefined on the header line itself, and when a header
 * cell holds no word ("| 2021 | 2022 |" names no noun of its columns; "| aantal inbraken 2016 |" does).
 */
export function headerCellOver(text: string, cell: TableCell): [number, number] | undefined {
  const headerStart = tableHeaderStart(text, cell.start);
  if (headerStart === lineAround(text, cell.start)[0]) return undefined;
  const header = tableCells(text, headerStart, lineAround(text, headerStart)[1]);
  if (header.some(([start, end]) => !/\p{L}/u.test(text.slice(start, end)))) return undefined;
  return header[header.length - (cell.cells - cell.index)];
}

/** The first cell of the table row holding offset `pos` (the row's label: "Gent" in "Gent | 327 € |"), or undefined outside a table. */
export function rowLabelCell(text: string, pos: number): [number, number] | undefined {
  return inTableRow(text, pos) ? tableCells(text, ...lineAround(text, pos))[0] : undefined;
}

// The years over a table's columns at the end of a line, after an optional label of words: "2016 2017 2018 2019", "Gemeente 2020 2021";
// a column of the change may close it ("2015 2016 Evolutie", "2020 2021 Verschil (%)").
const YEARS_TO_LINE_END = /(?:19|20)\d\d(?:[^\S\n]+(?:19|20)\d\d)+(?:[^\S\n]+(?:evolutie|verschil|wijziging|toename|afname|verandering)(?:[^\S\n]*\(?%\)?)?|[^\S\n]+%)?[^\S\n]*$/iu;
const YEAR = /(?:19|20)\d\d/gu;
// A cell of a row under such a header: a number, or a change with its sign and percent sign ("– 33,33 %", "+3,2%").
const ROW_CELL = /(?:([+\-–])[^\S\n]?)?\d[\d.]*(?:,\d+)?(?:[^\S\n]?(%))?/uy;
const SPACES = /[^\S\n]*/uy;
// A line of a table (its header or a row) is short; longer lines are prose, never read as a table's.
const TABLE_LINE_MAX = 200;

/** A cell of a row under a line of years: the number's span (its sign left out, its percent sign in) and the span of the year over it. */
export interface YearCell {
  start: number;
  end: number;
  year: [number, number];
  /** A signed share after the years' cells ("– 33,33 %"): the change over the last year's column. */
  change: boolean;
  /** In a table whose rows are years, the name over the cell's column ("Woninginbraken"). */
  column?: [number, number];
  /** In a table of one row set out a cell per line, the start of the cell of the year right before this one's: the series' step before. */
  yearBefore?: number;
}

/** A row of a table whose columns are years (its label "Alken"), or whose rows are (its label its year): its cells, each under its year, and its line's span. */
export interface YearTableRow {
  label: [number, number];
  cells: YearCell[];
  /** The start of the line of years. */
  header: number;
  /** The start of the paragraph right before the line of years, which the table goes on from (the header's own start if none). */
  lead: number;
  /** The words of the line that heads the row's block, between the line of years and the row ("1. Agenten lokale politie die er wonen"), if any. */
  section?: [number, number];
  line: [number, number];
}

/** A row as read before it is set under its header: its label and its number cells, each a change or not. */
interface RowShape {
  label: [number, number];
  cells: Array<{ start: number; end: number; change: boolean }>;
}

/** The spans of the years a line heads a table's columns with, or undefined for another line. */
function headerYears(text: string, from: number, to: number): Array<[number, number]> | undefined {
  if (to - from > TABLE_LINE_MAX) return undefined;
  if (text.slice(from, to).includes('|')) return barredHeaderYears(text, from, to);
  const line = text.slice(from, to);
  const years = YEARS_TO_LINE_END.exec(line);
  if (!years) return undefined;
  const label = line.slice(0, years.index);
  if (!(label.trim() === '' || (/\p{L}/u.test(label) && !/[\d|]/u.test(label) && /\s$/u.test(label)))) return undefined;
  return [...years[0].matchAll(YEAR)].map((m): [number, number] => [from + years.index + m.index, from + years.index + m.index + 4]);
}

// A cell of years alone ("2021"), and a cell of a number or a signed share ("1.234", "– 12,5 %") of a table written with bars.
const YEAR_CELL = /^\s*(?:19|20)\d\d\s*$/u;
const NUMBER_CELL = /^\s*(?:([+\-–])\s?)?(\d[\d.]*(?:,\d+)?(?:\s?(%))?)\s*$/u;
// A rule under a header written with bars ("|---|---|"), or a line of bars alone: no row, the table goes on.
const BARRED_RULE = /^[\s|:\-–]*\|[\s|:\-–]*$/u;

/** "| Zone | 2021 | 2022 |", "| | 2021 | 2022 |": the years of a header written with bars, after an optional label cell. */
function barredHeaderYears(text: string, from: number, to: number): Array<[number, number]> | undefined {
  const cells = tableCells(text, from, to);
  const label = cells[0] && !YEAR_CELL.test(text.slice(...cells[0])) ? cells.shift()! : undefined;
  if (label && (!/\p{L}/u.test(text.slice(...label)) || /\d/u.test(text.slice(...label)))) return undefined;
  if (cells.length < 2 || !cells.every((c) => YEAR_CELL.test(text.slice(...c)))) return undefined;
  return cells.map(([s, e]): [number, number] => {
    const at = s + text.slice(s, e).search(/\d/u);
    return [at, at + 4];
  });
}

/** "| Gent | 12 | 14 | + 16,7 % |": a row written with bars, its label cell and its number cells, or undefined for another line. */
function barredRowShape(text: string, from: number, to: number): RowShape | undefined {
  const cells = tableCells(text, from, to);
  const label = cells.shift();
  if (!label || !/\p{L}/u.test(text.slice(...label)) || /\d/u.test(text.slice(...label)) || cells.length === 0) return undefined;
  const read: RowShape['cells'] = [];
  for (const [s, e] of cells) {
    const m = NUMBER_CELL.exec(text.slice(s, e));
    if (!m) return undefined;
    const start = s + m.index + m[0].indexOf(m[2]!);
    read.push({ start, end: start + m[2]!.length, change: m[1] !== undefined || m[3] !== undefined });
  }
  const at = label[0] + text.slice(...label).search(/\S/u);
  return { label: [at, at + text.slice(...label).trim().length], cells: read };
}

// A row's rank or enumerator before a word: "1 ", "2. ", "a) ".
const ROW_RANK = /^[^\S\n]*(?:\d{1,2}[.)]?|\p{L}[.)])[^\S\n]+(?=\p{L})/u;

/** A row's label (its text before the first number, with a letter, after a rank) and its cells' spans, or undefined for a line of another shape. */
function rowShape(text: string, from: number, to: number): RowShape | undefined {
  if (to - from > TABLE_LINE_MAX) return undefined;
  if (text.slice(from, to).includes('|')) return barredRowShape(text, from, to);
  // "1 Diefstal en afpersing 825 990": a rank before the label is no cell and no part of the label.
  from += ROW_RANK.exec(text.slice(from, to))?.[0].length ?? 0;
  const first = text.slice(from, to).search(/(?:[+\-–][^\S\n]?)?\d/u);
  const label = text.slice(from, from + first);
  if (first <= 0 || !/\p{L}/u.test(label) || /[\d|]/u.test(label)) return undefined;
  const cells: RowShape['cells'] = [];
  let k = from + first;
  while (k < to) {
    ROW_CELL.lastIndex = k;
    const m = ROW_CELL.exec(text);
    if (!m || m.index + m[0].length > to) return undefined;
    const start = m.index + (m[1] === undefined ? 0 : m[0].search(/\d/u));
    cells.push({ start, end: m.index + m[0].length, change: m[1] !== undefined || m[2] !== undefined });
    SPACES.lastIndex = m.index + m[0].length;
    const gap = SPACES.exec(text)![0].length;
    k = m.index + m[0].length + gap;
    if (gap === 0 && k < to) return undefined;
  }
  return { label: [from, from + label.trimEnd().length], cells };
}

// A line that heads a block of a table's rows ("1. Agenten lokale politie die er wonen", "Diefstallen"): words after an optional
// enumerator ("1.", "a)"), no other digit, no bar, no sentence's end.
const SECTION_LABEL = /^[^\S\n]*(?:(?:\d{1,2}|\p{L})[.)][^\S\n]+)?(\p{L}[^\d|\n]*?)[^\S\n]*$/u;
// A section label is short; a longer line is prose, which ends the table.
const SECTION_LABEL_MAX = 80;

/** The span of the words of a line that heads a block of a table's rows (the enumerator left out), or undefined for another line. */
function sectionLabel(text: string, from: number, to: number): [number, number] | undefined {
  if (to - from > SECTION_LABEL_MAX) return undefined;
  const m = SECTION_LABEL.exec(text.slice(from, to));
  if (!m || /[.!?:;]$/u.test(m[1]!)) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  return [start, start + m[1]!.length];
}

/** The spans of the lines of `text` (without their line breaks), in order. */
function* linesOf(text: string): Generator<[number, number]> {
  for (let from = 0; from <= text.length;) {
    const newline = text.indexOf('\n', from);
    const to = newline < 0 ? text.length : newline;
    yield [from, to];
    from = to + 1;
  }
}

/** The start of the paragraph that ends before offset `pos` (blank lines between), or `pos` when none does. */
function paragraphBefore(text: string, pos: number): number {
  let end = pos;
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  if (end === 0) return pos;
  const blank = text.lastIndexOf('\n\n', end - 1);
  return blank < 0 ? 0 : blank + 2;
}

/**
 * The rows of the tables whose columns are years ("2016 2017 2018 2019" over "Alken 44 36 48 32 – 33,33 %"): the lines right
 * under a line of years, each a label and as many numbers as there are years, and at most one signed share after them (the
 * change over the last year). A line of words between them ("1. Agenten lokale politie die er wonen") heads the rows after it,
 * as a table's blocks are labelled; the rows end at the first line of another shape.
 */
function readYearTables(text: string): YearTableRow[] {
  const rows: YearTableRow[] = [];
  let years: Array<[number, number]> | undefined;
  let header = 0;
  let lead = 0;
  let section: [number, number] | undefined;
  for (const [from, to] of linesOf(text)) {
    // A rule under the header, or bars alone between rows, goes on in the table.
    if (years && BARRED_RULE.test(text.slice(from, to))) continue;
    const row = years && rowShape(text, from, to);
    const extra = row ? row.cells.length - years!.length : -1;
    if (row && (extra === 0 || (extra === 1 && row.cells.at(-1)!.change)) && !row.cells.slice(0, years!.length).some((c) => c.change)) {
      const over = years!;
      rows.push({ label: row.label, header, lead, section, line: [from, to], cells: row.cells.map((c, i) => ({ ...c, change: i >= over.length, year: over[Math.min(i, over.length - 1)]! })) });
    } else {
      // A block's label keeps the years over the rows under it; any other line ends the table, or heads a new one.
      section = years && !row ? sectionLabel(text, from, to) : undefined;
      if (section) continue;
      years = headerYears(text, from, to);
      header = from;
      if (years) lead = paragraphBefore(text, from);
    }
  }
  return rows;
}

// The line over a table whose rows are years: words only, one per column, the first maybe the label of the years' column ("Jaar").
const YEAR_ROWS_HEADER = /^[^\S\n]*\p{L}[\p{L}’'-]*(?:[^\S\n]+\p{L}[\p{L}’'-]*)*[^\S\n]*$/u;
const YEARS_COLUMN_LABELS: ReadonlySet<string> = new Set(['jaar', 'year', 'periode']);
// A row of such a table: a year, then the numbers of its columns.
const YEAR_ROW = /^[^\S\n]*((?:19|20)\d\d)((?:[^\S\n]+\d[\d.]*(?:,\d+)?)+)[^\S\n]*$/u;

/**
 * The rows of the tables whose rows are years ("Jaar Woninginbraken Fietsdiefstallen" over "2019 120 45"): the lines right under a
 * line of one word per column, each a year and as many numbers as there are columns, each cell dated by its row's year and
 * named by its column. The rows end at the first line of another shape.
 */
function readYearRowTables(text: string): YearTableRow[] {
  const rows: YearTableRow[] = [];
  let columns: Array<[number, number]> | undefined;
  let header = 0;
  for (const [from, to] of linesOf(text)) {
    const row = columns && YEAR_ROW.exec(text.slice(from, to));
    const numbers = row ? [...row[2]!.matchAll(/\d[\d.]*(?:,\d+)?/gu)] : [];
    if (row && numbers.length === columns!.length) {
      const yearStart = from + row[0].indexOf(row[1]!);
      const year: [number, number] = [yearStart, yearStart + 4];
      const offset = from + row[0].indexOf(row[2]!);
      const over = columns!;
      const cells = numbers.map((m, i): YearCell => ({ start: offset + m.index, end: offset + m.index + m[0].length, year, change: false, column: over[i]! }));
      rows.push({ label: year, cells, header, lead: paragraphBefore(text, header), line: [from, to] });
    } else {
      columns = to - from <= TABLE_LINE_MAX ? columnNames(text, from, to) : undefined;
      header = from;
    }
  }
  return rows;
}

/**
 * The spans of the column names of a line over a table whose rows are years ("Jaar Woninginbraken Fietsdiefstallen", "Inbraken
 * Diefstallen"), or undefined for another line: with a label of the years' column one name is enough, without one it takes two,
 * each capitalised.
 */
function columnNames(text: string, from: number, to: number): Array<[number, number]> | undefined {
  if (!YEAR_ROWS_HEADER.test(text.slice(from, to))) return undefined;
  const words = [...text.slice(from, to).matchAll(/\S+/gu)].map((m): [number, number] => [from + m.index, from + m.index + m[0].length]);
  const labelled = YEARS_COLUMN_LABELS.has(text.slice(...words[0]!).toLowerCase());
  const columns = labelled ? words.slice(1) : words;
  // Without that label the names are capitalised, as a table's are ("Dat bleek" over "2019 120 45" is prose).
  if (!labelled && !columns.every(([start]) => /\p{Lu}/u.test(text[start]!))) return undefined;
  return columns.length >= (labelled ? 1 : 2) ? columns : undefined;
}

// A line that is one cell of a table set out a cell per line: a year alone, or a number alone (a share too).
const YEAR_LINE = /^[^\S\n]*((?:19|20)\d\d)[^\S\n]*$/u;
const NUMBER_LINE = /^[^\S\n]*(\d[\d.]*(?:,\d+)?(?:[^\S\n]?%)?)[^\S\n]*$/u;
// A table set out a cell per line has at least this many columns; fewer lines of years and numbers may be prose.
const STACKED_COLUMNS_MIN = 3;

/**
 * The cells of the tables of one row whose cells stand a line each, as text taken from a web page's table gives them ("2017 ⏎ 2018
 * ⏎ 2019" over "4925 ⏎ 5310 ⏎ 6052", blank lines between): a run of lines each a year alone, in order, then right under it as many
 * lines each a number alone, and no more, each number under the year of its place in the run. Each cell is a row of its own, its
 * year its label; the table goes on from the paragraph before the years (its caption, "Aantal nieuwe dossiers"). The cells of
 * consecutive years are one series, each a step from the one before (the devset's yearly chain, fresh34's table of one row).
 */
function readStackedYearTables(text: string): YearTableRow[] {
  const lines = [...linesOf(text)].filter(([from, to]) => text.slice(from, to).trim() !== '');
  const rows: YearTableRow[] = [];
  // Each line read once: a year alone, a number alone, or neither.
  const years = lines.map((line) => YEAR_LINE.exec(text.slice(...line)));
  const numbers = lines.map((line) => NUMBER_LINE.exec(text.slice(...line)));
  const yearAt = (k: number) => years[k] ?? null;
  const numberAt = (k: number) => numbers[k] ?? null;
  for (let k = 0; k < lines.length; k++) {
    let n = 0;
    while (yearAt(k + n) && (n === 0 || Number(yearAt(k + n)![1]) > Number(yearAt(k + n - 1)![1]))) n++;
    if (n < STACKED_COLUMNS_MIN) continue;
    // As many values as years, and no more: a longer run of numbers is no row under them.
    let values = 0;
    while (values <= n && numberAt(k + n + values)) values++;
    if (values !== n) {
      k += n - 1;
      continue;
    }
    const header = lines[k]![0];
    const lead = paragraphBefore(text, header);
    for (let i = 0; i < n; i++) {
      const [yearFrom] = lines[k + i]!;
      const yearStart = yearFrom + yearAt(k + i)![0].indexOf(yearAt(k + i)![1]!);
      const year: [number, number] = [yearStart, yearStart + 4];
      const [from, to] = lines[k + n + i]!;
      const start = from + numberAt(k + n + i)![0].indexOf(numberAt(k + n + i)![1]!);
      const consecutive = i > 0 && Number(text.slice(...year)) === Number(text.slice(...rows.at(-1)!.label)) + 1;
      const yearBefore = consecutive ? rows.at(-1)!.cells[0]!.start : undefined;
      rows.push({ label: year, cells: [{ start, end: start + numberAt(k + n + i)![1]!.length, year, change: false, yearBefore }], header, lead, line: [from, to] });
    }
    k += 2 * n - 1;
  }
  return rows;
}

/** The tables of one document whose columns or rows are years, read once (see `PreparedText.yearTables`). */
export interface YearTables {
  /** The cell that starts at offset `start`, or undefined. */
  cellAt(start: number): YearCell | undefined;
  /** The row on the line holding offset `pos`, or undefined. */
  rowAt(pos: number): YearTableRow | undefined;
}

/** The tables of `text` whose columns or rows are years, or whose cells stand a line each: one pass over its lines for each. */
export function yearTablesOf(text: string): YearTables {
  const rows = [...readYearTables(text), ...readYearRowTables(text), ...readStackedYearTables(text)].sort((a, b) => a.line[0] - b.line[0]);
  const cells = new Map(rows.flatMap((r) => r.cells.map((c) => [c.start, c] as const)));
  return {
    cellAt: (start) => cells.get(start),
    rowAt: (pos) => rows.find((r) => r.line[0] <= pos && pos <= r.line[1]),
  };
}
