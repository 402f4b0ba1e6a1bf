/**
 * JSON a build stores under a `meta` key (the dataset facts, the description of the stored
 * counts): read, validated, and read once per connection. A row another code's format wrote
 * does not parse and reads as absent, so the reader computes again rather than trusting it.
 */
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../db/client.js';
import { firstValue } from './sql.js';

/** The value stored under `key`, parsed by `schema`; undefined when absent or not in that format. */
export function storedMetaJson<T>(db: Db, key: string, schema: z.ZodType<T>): T | undefined {
  const text = firstValue<string>(db, sql`SELECT value FROM meta WHERE key = ${key}`);
  if (text === undefined) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** `read` of each connection, called once (the dataset is immutable while it is served). */
export function oncePerConnection<T>(read: (db: Db) => T): (db: Db) => T {
  const perConnection = new WeakMap<Db, { value: T }>();
  return (db) => {
    let entry = perConnection.get(db);
    if (entry === undefined) perConnection.set(db, (entry = { value: read(db) }));
    return entry.value;
  };
}
