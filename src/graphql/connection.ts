/**
 * Relay connections over the query layer's pages. Root lists and nested lists alike
 * page in SQL (keyset, the REST cursors; nested lists in the default order of their
 * entity's REST list — text order for measures, figures and mentions — a page per
 * parent in one batched statement). Root edge cursors and every `totalCount` cost a
 * statement, so they are computed only when selected.
 */
import { ApiError } from '../errors.js';

/** Page size when `first` is not given, and its maximum. */
export const DEFAULT_FIRST = 20;
export const MAX_FIRST = 100;

/** Arguments of every connection field: forwards with `first`/`after`, or backwards with `last`/`before`. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** The slice of a list a connection asks for, as the query layer reads it. */
export interface PageWindow {
  limit: number;
  cursor: string | undefined;
  /** The `limit` items before `cursor` (the list's end without one), in list order. */
  backward: boolean;
}

/** What a connection is built from. */
export interface PageSource<N> {
  items: N[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The cursor after the last item when the page has one at hand (forward root lists with a next page). */
  next?: string | null;
  /** The cursor of each item, aligned with `items`. */
  cursors(): string[];
  /** Size of the whole list (batched for nested lists, hence possibly a promise). */
  count(): number | Promise<number>;
  /** Whether `count` is the list's size, not a count limit it exceeds (src/queries/bounds.ts); exact when absent. */
  countExact?(): boolean;
  /** Extra edge fields of each item (the link record of a measure's actor, place or theme), aligned with `items`. */
  links?: readonly object[] | undefined;
}

/** The page size `first` (or `last`) asks for; outside 1…MAX_FIRST is an error, not silently clamped. */
export function pageSize(first: number | null | undefined, argument: 'first' | 'last' = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_FIRST;
  if (first < 1 || first > MAX_FIRST) throw new ApiError('INVALID_PARAMETER', `"${argument}" must be between 1 and ${MAX_FIRST}; got ${first}.`, { parameter: argument });
  return first;
}

const given = (value: unknown) => value !== null && value !== undefined;

/** The window `args` ask for; mixing the forward and backward arguments is an error (Relay allows it but defines no useful meaning). */
export function pageWindow(args: PageArgs): PageWindow {
  const backward = given(args.last) || given(args.before);
  if (backward && (given(args.first) || given(args.after))) {
    throw new ApiError('INVALID_PARAMETER', 'Page forwards with "first"/"after" or backwards with "last"/"before", not both.', { parameter: given(args.last) ? 'last' : 'before' });
  }
  return backward ? { limit: pageSize(args.last, 'last'), cursor: args.before ?? undefined, backward } : { limit: pageSize(args.first), cursor: args.after ?? undefined, backward };
}

/**
 * The page flags of a page the query layer read under `window` (`more`: items beyond
 * it in the direction of travel). The side the page came from has items when a cursor
 * was given — the cursor's own item at least — as Relay allows servers to report.
 */
export function pageFlags(window: PageWindow, more: boolean): { hasNextPage: boolean; hasPreviousPage: boolean } {
  return window.backward ? { hasNextPage: window.cursor !== undefined, hasPreviousPage: more } : { hasNextPage: more, hasPreviousPage: window.cursor !== undefined };
}

/** An edge: the item at `index` of a connection, its cursor computed when read. */
export class Edge<N> {
  constructor(
    private readonly connection: Connection<N>,
    private readonly index: number,
  ) {}

  get node(): N {
    return this.connection.source.items[this.index]!;
  }

  get cursor(): string {
    return this.connection.cursorAt(this.index);
  }
}

/** `{ hasNextPage, hasPreviousPage, startCursor, endCursor }`, the cursors computed when read. */
export class PageInfo {
  constructor(private readonly connection: Connection<unknown>) {}

  get hasNextPage(): boolean {
    return this.connection.source.hasNextPage;
  }

  get hasPreviousPage(): boolean {
    return this.connection.source.hasPreviousPage;
  }

  get startCursor(): string | null {
    return this.connection.source.items.length === 0 ? null : this.connection.cursorAt(0);
  }

  get endCursor(): string | null {
    return this.connection.endCursor();
  }
}

/** A connection: its fields are getters, so only what the query selects is computed. */
export class Connection<N> {
  private cursors: string[] | undefined;

  constructor(readonly source: PageSource<N>) {}

  get nodes(): N[] {
    return this.source.items;
  }

  /** The edges, with the fields of their link records when the source has them. */
  get edges(): Array<Edge<N>> {
    const { items, links } = this.source;
    return items.map((_, i) => (links ? Object.assign(new Edge(this, i), links[i]) : new Edge(this, i)));
  }

  get pageInfo(): PageInfo {
    return new PageInfo(this as Connection<unknown>);
  }

  get totalCount(): number | Promise<number> {
    return this.source.count();
  }

  get totalCountExact(): boolean {
    return this.source.countExact?.() ?? true;
  }

  /** Cursor of the last item, or null on an empty page. */
  endCursor(): string | null {
    const { items, next } = this.source;
    if (next) return next;
    return items.length === 0 ? null : this.cursorAt(items.length - 1);
  }

  /** Cursor of the item at `i`. */
  cursorAt(i: number): string {
    this.cursors ??= this.source.cursors();
    return this.cursors[i]!;
  }
}

/** Own getters of a class, i.e. the fields its instances offer to GraphQL. */
export const gettersOf = (cls: { prototype: object }): string[] =>
  Object.entries(Object.getOwnPropertyDescriptors(cls.prototype)).filter(([, d]) => d.get !== undefined).map(([name]) => name);

/** Properties of every edge object; an edge may add those of its link record. */
export const EDGE_PROPERTIES = gettersOf(Edge);
