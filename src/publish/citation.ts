/**
 * Citations of a figure or a measure in CSL-JSON, BibTeX and one plain-text line. They
 * name the record, its source document, the exact quote and the dataset version. Nothing
 * is invented: a document without a stated date or author simply has none here.
 */
import type { DatasetInfo } from '../queries/facts.js';
import type { DocumentRecord } from '../queries/shapes.js';
import { figureLabel, formatDate, pageLabel, subjectLabel, truncate } from './format.js';
import { dataLicence } from './licence.js';
import type { FigureView, MeasureView } from './records.js';

/** What every format is rendered from. */
export interface Citable {
  key: string;
  /** "Cijfer" or "Maatregel". */
  genre: string;
  /** Whose or what the cited value is, when known ("Verkeerspolitie Oost Aalst"). */
  about?: string | null;
  title: string;
  quote: string;
  /** Code-point offsets of the quote in the document. */
  start: number;
  end: number;
  /** Page of the original (PDF) the quote stands on, when the source has pages. */
  page: number | null;
  url: string;
  document: DocumentRecord;
  documentUrl: string;
  dataset: Pick<DatasetInfo, 'version' | 'builtAt'>;
}

/** Turns a figure view into the citable facts. */
export function citableFigure({ figure, document }: FigureView, urls: { record: string; document: string }, dataset: Citable['dataset']): Citable {
  return {
    key: `blauwdruk-${figure.id}`,
    genre: 'Cijfer',
    about: subjectLabel(figure),
    // The subject says whose the number is: "120 agenten (Verkeerspolitie Oost Aalst)".
    title: `${figureLabel(figure)}${subjectLabel(figure) ? ` (${subjectLabel(figure)})` : ''}: “${figure.quote}”`,
    quote: figure.quote,
    start: figure.provenance.start,
    end: figure.provenance.end,
    page: figure.provenance.page,
    url: urls.record,
    document,
    documentUrl: urls.document,
    dataset,
  };
}

/** Turns a measure view into the citable facts. */
export function citableMeasure({ measure, document }: MeasureView, urls: { record: string; document: string }, dataset: Citable['dataset']): Citable {
  return {
    key: `blauwdruk-${measure.id}`,
    genre: 'Maatregel',
    title: truncate(measure.text, 120),
    quote: measure.text,
    start: measure.provenance.start,
    end: measure.provenance.end,
    page: measure.provenance.page,
    url: urls.record,
    document,
    documentUrl: urls.document,
    dataset,
  };
}

/** "2018-03" → [[2018, 3]], the CSL date-parts of a reduced-precision ISO date. */
const dateParts = (date: string) => ({ 'date-parts': [date.slice(0, 10).split('-').map(Number)] });

/** CSL-JSON (an array with one item), as citeproc processors and Zotero read it. */
export function cslJson(c: Citable): Array<Record<string, unknown>> {
  const d = c.document;
  return [
    {
      id: c.key,
      type: 'dataset',
      genre: c.genre,
      title: c.title,
      'container-title': 'blauwdruk',
      publisher: 'blauwdruk',
      version: c.dataset.version,
      ...(c.dataset.builtAt ? { issued: dateParts(c.dataset.builtAt) } : {}),
      URL: c.url,
      'original-title': d.title,
      ...(d.date ? { 'original-date': dateParts(d.date) } : {}),
      ...(d.issuer ? { 'original-publisher': d.issuer.name } : {}),
      ...(d.author ? { 'original-author': [{ literal: d.author }] } : {}),
      abstract: c.quote,
      ...(c.page !== null ? { page: String(c.page) } : {}),
      note: `Citaat uit “${d.title}”${c.page !== null ? `, ${pageLabel(c.page)}` : ''} (${c.documentUrl}), tekens ${c.start}–${c.end}. Licentie: ${dataLicence.name}.`,
    },
  ];
}

/** BibTeX special characters, escaped so any title or quote compiles. */
function tex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (ch) => ({ '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\~{}' })[ch] ?? `\\${ch}`);
}

/** A `@misc` entry (classic BibTeX has no dataset type); the key is safe for any BibTeX parser. */
export function bibtex(c: Citable): string {
  const d = c.document;
  const source = [d.title, d.issuer?.name, formatDate(d.date), c.page !== null ? pageLabel(c.page) : null].filter(Boolean).join(', ');
  const fields: Array<[string, string | undefined]> = [
    ['title', `{${tex(c.title)}}`],
    ['author', d.author ? `{${tex(d.author)}}` : undefined],
    ['howpublished', `blauwdruk, datasetversie ${tex(c.dataset.version)}`],
    ['year', c.dataset.builtAt ? c.dataset.builtAt.slice(0, 4) : undefined],
    ['version', tex(c.dataset.version)],
    ['url', c.url],
    ['note', `Bron: ${tex(source)}. Citaat: \`\`${tex(c.quote)}''. Licentie: ${dataLicence.name}`],
  ];
  const body = fields
    .filter((f): f is [string, string] => f[1] !== undefined)
    .map(([k, v]) => `  ${k} = {${v}}`)
    .join(',\n');
  return `@misc{${c.key.replace(/[^A-Za-z0-9_:-]/g, '_')},\n${body}\n}\n`;
}

/** One line for a footnote or a caption. */
export function plainText(c: Citable): string {
  const d = c.document;
  const source = [`“${d.title}”`, d.issuer?.name, formatDate(d.date), c.page !== null ? pageLabel(c.page) : null].filter(Boolean).join(', ');
  const built = c.dataset.builtAt ? ` (${c.dataset.builtAt.slice(0, 10)})` : '';
  return `${c.genre}${c.about ? ` over ${c.about}` : ''}: “${c.quote}”. Bron: ${source}. In: blauwdruk, datasetversie ${c.dataset.version}${built}, ${dataLicence.name}. ${c.url}\n`;
}
