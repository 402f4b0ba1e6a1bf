import fp from 'fastify-plugin';
import { assertServable } from '../db/check.js';
import { openServed, SERVING, type Db } from '../db/client.js';
import { renderingsFilesFor } from '../paths.js';
import { attachRenderings } from '../queries/renderings.js';
import { setQueryBounds, type QueryBounds } from '../queries/bounds.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The read-only dataset. */
    db: Db;
    /** The same file on a second connection for streamed exports (see `STREAMING`), so they neither map the file nor flush the requests' cache. */
    exportDb: Db;
    /** A read-only descriptor of that same file, for the dump (its bytes and checksum). */
    dbFd: number;
  }
}

export interface DatabaseOptions {
  dbPath: string;
  /** Limits of counts, facets and sorts (src/queries/bounds.ts); the defaults unless given. */
  queryBounds?: Partial<QueryBounds> | undefined;
}

/**
 * Opens the database read-only for the app's lifetime, after checking it can be served:
 * one connection for requests, one for streamed exports and a descriptor for the dump, all
 * of one file even when a rebuild renames another into place meanwhile (`openServed`).
 * They keep reading the file they opened: a new build is picked up by the next start.
 */
export default fp<DatabaseOptions>(
  async (app, { dbPath, queryBounds }) => {
    const served = openServed(dbPath, { check: assertServable });
    // The list renderings beside the file, used while they are of its data and this code (src/queries/renderings.ts).
    attachRenderings(served.db, renderingsFilesFor(dbPath), SERVING);
    if (queryBounds !== undefined) for (const connection of [served.db, served.exportDb]) setQueryBounds(connection, queryBounds);
    app.decorate('db', served.db);
    app.decorate('exportDb', served.exportDb);
    app.decorate('dbFd', served.fd);
    app.addHook('onClose', async () => served.close());
  },
  { name: 'database' },
);
