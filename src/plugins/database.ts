import fp from 'fastify-plugin';
import { assertServable } from '../db/check.js';
import { openReadOnly, STREAMING, type Db } from '../db/client.js';
import { setQueryBounds, type QueryBounds } from '../queries/bounds.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The read-only dataset. */
    db: Db;
    /** The same file on a second connection for streamed exports (see `STREAMING`), so they neither map the file nor flush the requests' cache. */
    exportDb: Db;
  }
}

export interface DatabaseOptions {
  dbPath: string;
  /** Limits of counts, facets and sorts (src/queries/bounds.ts); the defaults unless given. */
  queryBounds?: Partial<QueryBounds> | undefined;
}

/**
 * Opens the database read-only for the app's lifetime, after checking it can be served:
 * one connection for requests, one for streamed exports.
 * The open connection keeps reading the file it opened: a build that renames a new file
 * into place is picked up by the next start.
 */
export default fp<DatabaseOptions>(
  async (app, { dbPath, queryBounds }) => {
    assertServable(dbPath);
    const db = openReadOnly(dbPath);
    const exportDb = openReadOnly(dbPath, STREAMING);
    if (queryBounds !== undefined) for (const connection of [db, exportDb]) setQueryBounds(connection, queryBounds);
    app.decorate('db', db);
    app.decorate('exportDb', exportDb);
    app.addHook('onClose', async () => {
      db.$client.close();
      exportDb.$client.close();
    });
  },
  { name: 'database' },
);
