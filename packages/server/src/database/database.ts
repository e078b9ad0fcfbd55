import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { ConfigError } from '../config';
import { ormConfig } from '../mikro-orm.config';
import { DemoSeeder } from '../seeders/demo.seeder';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded';

export interface Database {
  readonly orm: MikroORM;
  /** Where the server connected, without the password (for the start-up banner). */
  readonly description: string;
  close(): Promise<void>;
}

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL when it is unset; then applies the
 * committed migrations and, when asked, loads the demo province.
 */
export async function openDatabase(config: Config, log: (line: string) => void): Promise<Database> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.DATABASE_URL) {
    embedded = await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, log);
    log(`Started embedded PostgreSQL (data in ${config.EMBEDDED_PG_DIR})`);
  }
  const url = config.DATABASE_URL ?? embedded?.url ?? '';
  const orm = await MikroORM.init({
    ...ormConfig(url, { debug: config.LOG_SQL }),
    driverOptions: { connectionTimeoutMillis: 5000 },
  });
  try {
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    await orm.close();
    await embedded?.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Cannot connect to the database at ${describe(url)}: ${reason || 'connection failed'}`);
  }
  await orm.migrator.up();
  if (config.SEED_DEMO) await new DemoSeeder(config.DEMO_PASSWORD).run(orm.em.fork());
  return {
    orm,
    description: embedded ? `embedded PostgreSQL at ${describe(url)}` : describe(url),
    async close() {
      await orm.close();
      await embedded?.stop();
    },
  };
}
