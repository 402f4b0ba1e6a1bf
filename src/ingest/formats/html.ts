/**
 * HTML and Word (through mammoth's HTML) to canonical text. Web pages keep their main
 * content only (@mozilla/readability over a linkedom DOM) after page furniture that
 * readability keeps (cookie banners, share bars, navigation) is removed; headings and list
 * items stay structure. Metadata comes from `<meta>` (citation_*, Dublin Core, Open
 * Graph, article:*), JSON-LD and `<title>`, each marked with where it was found.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate } from '../manifest.js';
import { layoutBlocks, type BlockKind, type TextBlock } from './layout.js';
import type { ConvertedDocument, FileMetadata, FileStated } from './types.js';

const HEADING = /^H[1-6]$/;
const BLOCK_ELEMENTS = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'FIGURE', 'FIGCAPTION', 'PRE', 'HR', 'BR', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'INPUT', 'TEXTAREA', 'IFRAME']);

/** Page furniture readability does not always drop: consent banners, share bars, navigation, dialogs. */
const FURNITURE_SELECTOR = [
  'nav', 'aside', 'form', 'footer', 'body > header', '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]',
  '[role="dialog"]', '[role="alertdialog"]', '[aria-modal="true"]', '[hidden]',
].join(', ');
const FURNITURE_NAME = /cookie|consent|gdpr|privacy-?banner|share|social|breadcrumb|newsletter|skip-?link/i;

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Walks a DOM subtree into blocks: headings, list items as bullets, everything else as paragraphs. */
function blocksOf(root: DomNode): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: { kind: BlockKind; text: string } | null = null;
  const flush = () => {
    if (current && current.text.trim() !== '') blocks.push({ kind: current.kind, pieces: [{ text: current.text, page: null, glue: ' ' }] });
    current = null;
  };
  const walk = (node: DomNode, kind: BlockKind) => {
    if (node.nodeType === 3) {
      current ??= { kind, text: '' };
      current.text += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIPPED.has(node.nodeName)) return;
    const isBlock = BLOCK_ELEMENTS.has(node.nodeName);
    const own: BlockKind = HEADING.test(node.nodeName) ? 'heading' : node.nodeName === 'LI' ? 'bullet' : kind;
    if (isBlock) flush();
    for (const child of Array.from(node.childNodes)) walk(child, own);
    if (isBlock) flush();
  };
  walk(root, 'paragraph');
  flush();
  return blocks;
}

interface HtmlDocument {
  querySelectorAll(selector: string): ArrayLike<{ remove(): void; getAttribute(name: string): string | null; id?: string; className?: string; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

function removeFurniture(document: HtmlDocument) {
  for (const el of Array.from(document.querySelectorAll(FURNITURE_SELECTOR))) el.remove();
  for (const el of Array.from(document.querySelectorAll('[id], [class], [aria-label]'))) {
    const names = [el.getAttribute('id'), el.getAttribute('class'), el.getAttribute('aria-label')].filter(Boolean).join(' ');
    if (FURNITURE_NAME.test(names)) el.remove();
  }
}

/** An ISO date of the leading `YYYY-MM-DD` of a timestamp, when it is a real date. */
function isoDateOf(value: string): string | null {
  const m = /^\s*(\d{4}(?:-\d{2}(?:-\d{2})?)?)/.exec(value.replace(/^(\d{4})\/(\d{2})\/(\d{2})/, '$1-$2-$3'));
  return m && isoDate.safeParse(m[1]).success ? m[1]! : null;
}

/** The first JSON-LD object of a schema.org creative work type, with its stated name, date and author. */
function jsonLdMetadata(document: HtmlDocument): FileMetadata {
  const found: FileMetadata = {};
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data, ...((data as { '@graph'?: unknown[] })?.['@graph'] ?? [])]) as Array<Record<string, unknown>>;
    for (const node of nodes) {
      if (typeof node !== 'object' || node === null) continue;
      const name = node.headline ?? node.name;
      if (typeof name === 'string' && !found.title) found.title = { value: name, source: 'html JSON-LD headline/name' };
      if (typeof node.datePublished === 'string' && !found.date) {
        const date = isoDateOf(node.datePublished);
        if (date) found.date = { value: date, source: 'html JSON-LD datePublished' };
      }
      const author = Array.isArray(node.author) ? node.author[0] : node.author;
      const authorName = typeof author === 'string' ? author : (author as { name?: unknown } | undefined)?.name;
      if (typeof authorName === 'string' && !found.author) found.author = { value: authorName, source: 'html JSON-LD author' };
    }
  }
  return found;
}

/** The first present of several `<meta>` names or properties, marked with the one found. */
function meta(document: HtmlDocument, names: string[], map: (v: string) => string | null = (v) => v): FileStated | undefined {
  for (const name of names) {
    const content = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i]`)?.getAttribute('content');
    const value = content ? map(content.trim()) : null;
    if (value) return { value, source: `html meta ${name}` };
  }
  return undefined;
}

function htmlMetadata(document: HtmlDocument): FileMetadata {
  const ld = jsonLdMetadata(document);
  const titleElement = document.querySelector('title')?.textContent?.trim();
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const absolute = (v: string) => (/^https?:\/\//.test(v) ? v : null);
  const lang = document.querySelector('html')?.getAttribute('lang');
  const found: FileMetadata = {
    title: meta(document, ['citation_title', 'dc.title', 'dcterms.title', 'og:title']) ?? ld.title ?? (titleElement ? { value: titleElement, source: 'html <title>' } : undefined),
    author: meta(document, ['citation_author', 'dc.creator', 'dcterms.creator', 'author', 'article:author']) ?? ld.author,
    date: meta(document, ['citation_publication_date', 'citation_date', 'dc.date', 'dcterms.date', 'dcterms.issued', 'article:published_time'], isoDateOf) ?? ld.date,
    url: canonical && absolute(canonical) ? { value: canonical, source: 'html link rel=canonical' } : meta(document, ['citation_public_url', 'og:url'], absolute),
    language: lang ? { value: lang, source: 'html lang' } : undefined,
  };
  return Object.fromEntries(Object.entries(found).filter(([, v]) => v !== undefined));
}

/** A web page's main content as canonical text, with the metadata its head states. */
export function convertHtml(html: string): ConvertedDocument {
  const { document } = parseHTML(html);
  const metadata = htmlMetadata(document as unknown as HtmlDocument);
  removeFurniture(document as unknown as HtmlDocument);
  // Without the head's titles readability keeps a first heading that repeats the page title: it is part of the text.
  for (const el of Array.from((document as unknown as HtmlDocument).querySelectorAll('title, meta, script'))) el.remove();
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  const content = article?.content ?? '';
  const { document: main } = parseHTML(`<!doctype html><html><body>${content}</body></html>`);
  return { ...layoutBlocks(blocksOf(main.body as unknown as DomNode)), mediaType: 'text/html', metadata };
}

/** A fragment of HTML (mammoth's rendering of a Word file) as canonical text; no furniture to remove. */
export function htmlFragmentText(fragment: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${fragment}</body></html>`);
  return layoutBlocks(blocksOf(document.body as unknown as DomNode));
}
