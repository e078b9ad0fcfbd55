import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '@jamsos/server/database/embedded';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL with the right to create databases; each test file makes its own. */
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the whole run: DATABASE_URL when set (CI points it at the machine's
 * server), otherwise an embedded cluster in a temporary folder, as on a fresh machine.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) {
    project.provide('adminDatabaseUrl', fromEnv);
    return async () => {};
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'jamsos-test-pg-'));
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  await chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres(path.join(dir, 'data'), (line) => console.log(line));
  project.provide('adminDatabaseUrl', embedded.url);
  return async () => {
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  };
}
