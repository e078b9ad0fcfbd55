import path from 'node:path';
import { type Portal, type PortalTestOptions, startPortal } from '@jamsos/server/app';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestServer {
  readonly url: string;
  readonly portal: Portal;
  readonly database: TestDatabase;
  stop(): Promise<void>;
}

/**
 * Boots the real portal — real PostgreSQL (a fresh database of its own), migrated, the demo
 * province seeded, the built web client served at / — on a free port.
 */
export async function startServer(
  env: Record<string, string> = {},
  options: PortalTestOptions = {},
  log: (line: string) => void = () => {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: database.url,
    WEB_DIST: path.join(REPO_ROOT, 'packages', 'web', 'dist'),
    // A sliver of the demo registry: every tenant has businesses and workers to attack and read,
    // and servers still start in a moment.
    DEMO_REGISTRY_SCALE: '0.03',
    ...env,
  });
  const portal = await startPortal(config, log, options);
  return {
    url: portal.url,
    portal,
    database,
    async stop() {
      await portal.stop();
      await database.drop();
    },
  };
}
