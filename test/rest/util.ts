/** Helpers shared by the REST tests. */
import type { FastifyInstance } from 'fastify';

/** GET a URL through the real app and parse the JSON body. */
export async function getJson<T = any>(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  return { res, body: JSON.parse(res.body) as T };
}

/** Follows `next` links from `url` and returns every record, plus the number of pages. */
export async function walkPages(app: FastifyInstance, url: string) {
  const records: any[] = [];
  let pages = 0;
  for (let next: string | null = url; next !== null; pages++) {
    const { res, body }: { res: { statusCode: number; body: string }; body: any } = await getJson(app, next.replace(/^https?:\/\/[^/]+/, ''));
    if (res.statusCode !== 200) throw new Error(`${next}: ${res.statusCode} ${res.body}`);
    records.push(...body.data);
    next = body.next;
  }
  return { records, pages };
}

/** A strict RFC 4180 parser: quoted fields, doubled quotes, CRLF records; throws on malformed input. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in unquoted field at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`expected , or CRLF at ${i}`);
  }
  if (row.length) throw new Error('last record not terminated by CRLF');
  return rows;
}
