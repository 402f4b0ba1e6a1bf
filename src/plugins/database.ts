import fp from 'fastify-plugin';
import { assertServable } from '../db/check.js';
import { openReadOnly, type Db } from '../db/client.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The read-only dataset. */
    db: Db;
  }
}

export interface DatabaseOptions {
  dbPath: string;
}

/**
 * Opens the database read-only for the app's lifetime, after checking it can be served.
 * The open connection keeps reading the file it opened: a build that renames a new file
 * into place is picked up by the next start.
 */
export default fp<DatabaseOptions>(
  async (app, { dbPath }) => {
    assertServable(dbPath);
    const db = openReadOnly(dbPath);
    app.decorate('db', db);
    app.addHook('onClose', async () => db.$client.close());
  },
  { name: 'database' },
);
