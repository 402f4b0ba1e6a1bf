import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../../src/app.js';
import { buildDatabase, isStale } from '../../src/ingest/build.js';
import { defaultSeedsDir, packageRoot } from '../../src/paths.js';

/** Where tests keep their build of the seed corpus; rebuilt only when seeds or pipeline change. */
export const testDbPath = join(packageRoot, 'test-output', 'blauwdruk.db');

/**
 * The seed corpus built once and shared by test files (each build is atomic, so parallel files are safe).
 * Only the end-to-end set (test/e2e) and ingest tests use it; API tests use the fixture (fixture-db.ts).
 */
export function seedDatabase(): string {
  mkdirSync(join(packageRoot, 'test-output'), { recursive: true });
  if (isStale(testDbPath, defaultSeedsDir)) buildDatabase({ dbPath: testDbPath, seedsDir: defaultSeedsDir });
  return testDbPath;
}

/** The real app over the seed corpus, closed when the test ends. */
export async function seedApp(t: { teardown(fn: () => unknown): void }) {
  const app = await buildApp({ dbPath: seedDatabase() });
  t.teardown(() => app.close());
  return app;
}
