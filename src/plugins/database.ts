import fp from 'fastify-plugin';
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

/** Opens the database read-only for the app's lifetime. */
export default fp<DatabaseOptions>(
  async (app, { dbPath }) => {
    const db = openReadOnly(dbPath);
    app.decorate('db', db);
    app.addHook('onClose', async () => db.$client.close());
  },
  { name: 'database' },
);
