/**
 * Relay connections over the query layer's pages. Root lists page in SQL (keyset, the
 * REST cursors); nested lists page in memory over the batch of all related records,
 * which come sorted by id, with cursors in the same format under the sort `id`. Edge
 * cursors and `totalCount` cost a statement, so they are computed only when selected.
 */
import { ApiError } from '../errors.js';
import { decodeCursor, encodeCursor, type SortKey } from '../queries/pagination.js';

/** Page size when `first` is not given, and its maximum. */
export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

/** Arguments of every connection field. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** What a connection is built from. */
export interface PageSource<N> {
  items: N[];
  hasNextPage: boolean;
  /** The cursor after the last item when the page has one at hand (root lists with a next page). */
  next?: string | null;
  /** The cursor of each item, aligned with `items`. */
  cursors(): string[];
  /** Size of the whole list. */
  count(): number;
  /** Extra edge fields for a node (the link record of a measure's actor, place or theme). */
  edge?: ((node: N) => object | undefined) | undefined;
}

/** The page size `first` asks for; outside 1…MAX_FIRST is an error, not silently clamped. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_FIRST;
  if (first < 1 || first > MAX_FIRST) throw new ApiError('INVALID_PARAMETER', `"first" must be between 1 and ${MAX_FIRST}; got ${first}.`, { parameter: 'first' });
  return first;
}

/** Properties of every edge object; an edge may add those of its link record. */
export const EDGE_PROPERTIES = ['cursor', 'node'] as const;

/** `{ hasNextPage, endCursor }`, the end cursor computed when read. */
export class PageInfo {
  constructor(
    private readonly more: boolean,
    private readonly end: () => string | null,
  ) {}
  get hasNextPage(): boolean {
    return this.more;
  }
  get endCursor(): string | null {
    return this.end();
  }
}

/** A connection: its fields are getters, so only what the query selects is computed. */
export class Connection<N> {
  private cursors: string[] | undefined;

  constructor(readonly source: PageSource<N>) {}

  get nodes(): N[] {
    return this.source.items;
  }

  get edges(): object[] {
    return this.source.items.map((node, i) => {
      const cursorAt = () => this.cursorAt(i);
      return { ...this.source.edge?.(node), node, get cursor() { return cursorAt(); } };
    });
  }

  get pageInfo(): PageInfo {
    return new PageInfo(this.source.hasNextPage, () => this.endCursor());
  }

  get totalCount(): number {
    return this.source.count();
  }

  /** Cursor of the last item, or null on an empty page. */
  endCursor(): string | null {
    const { items, next } = this.source;
    if (next) return next;
    return items.length === 0 ? null : this.cursorAt(items.length - 1);
  }

  private cursorAt(i: number): string {
    this.cursors ??= this.source.cursors();
    return this.cursors[i]!;
  }
}

/** Own getters of a class, i.e. the fields its instances offer to GraphQL. */
export const gettersOf = (cls: { prototype: object }): string[] =>
  Object.entries(Object.getOwnPropertyDescriptors(cls.prototype)).filter(([, d]) => d.get !== undefined).map(([name]) => name);

// Nested lists come ordered by id, so their cursors are the REST cursors of the sort `id`.
const ID_KEYS: SortKey[] = [{ field: 'id', sql: 'id', desc: false }];
const idCursor = (id: string) => encodeCursor(ID_KEYS, [id]);

/** A page of `all` (related records sorted by id) after `args.after`, `args.first` long. */
export function slice<N extends { id: string }>(all: N[], args: PageArgs, edge?: PageSource<N>['edge']): Connection<N> {
  const size = pageSize(args.first);
  const after = args.after ? String(decodeCursor(ID_KEYS, args.after)[0]) : undefined;
  // Ids are ASCII, so JavaScript's comparison agrees with SQLite's BINARY collation.
  const start = after === undefined ? 0 : all.findIndex((n) => n.id > after);
  const from = start === -1 ? all.length : start;
  const items = all.slice(from, from + size);
  return new Connection({ items, hasNextPage: from + size < all.length, cursors: () => items.map((n) => idCursor(n.id)), count: () => all.length, edge });
}
