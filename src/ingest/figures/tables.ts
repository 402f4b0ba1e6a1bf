/**
 * Tables written with bars ("| Gemeente | Toelage per inwoner |" over "Gent | 327 € |"): their lines, cells, header and row
 * label. One implementation for the figures' units (a bare number counts its column's noun), their subjects (what a column's
 * header names) and their places (the row's label).
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
 * (a row's label, such as its year, may have no header of its own). Undefined on the header line itself, and when the header
 * holds digits ("| 2021 | 2022 |" names no noun of its columns).
 */
export function headerCellOver(text: string, cell: TableCell): [number, number] | undefined {
  const headerStart = tableHeaderStart(text, cell.start);
  if (headerStart === lineAround(text, cell.start)[0]) return undefined;
  const headerEnd = lineAround(text, headerStart)[1];
  if (/\d/u.test(text.slice(headerStart, headerEnd))) return undefined;
  const header = tableCells(text, headerStart, headerEnd);
  return header[header.length - (cell.cells - cell.index)];
}

/** The first cell of the table row holding offset `pos` (the row's label: "Gent" in "Gent | 327 € |"), or undefined outside a table. */
export function rowLabelCell(text: string, pos: number): [number, number] | undefined {
  return inTableRow(text, pos) ? tableCells(text, ...lineAround(text, pos))[0] : undefined;
}
