import fp from 'fastify-plugin';
import { assertServable } from '../db/check.js';
import { openServed, type Db } from '../db/client.js';

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
}

/**
 * Opens the database read-only for the app's lifetime, after checking it can be served:
 * one connection for requests, one for streamed exports and a descriptor for the dump, all
 * of one file even when a rebuild renames another into place meanwhile (`openServed`).
 * They keep reading the file they opened: a new build is picked up by the next start.
 */
export default fp<DatabaseOptions>(
  async (app, { dbPath }) => {
    const served = openServed(dbPath, { check: assertServable });
    app.decorate('db', served.db);
    app.decorate('exportDb', served.exportDb);
    app.decorate('dbFd', served.fd);
    app.addHook('onClose', async () => served.close());
  },
  { name: 'database' },
);
