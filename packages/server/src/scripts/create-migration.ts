/**
 * Writes a new migration with the difference between the entities and the schema the committed
 * migrations produce. Runs against a scratch database (DATABASE_URL, or an embedded cluster),
 * which it migrates first. Usage: pnpm --filter @jamsos/server migration:create [name]
 */
import path from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config';
import { startEmbeddedPostgres } from '../database/embedded';
import { ormConfig } from '../mikro-orm.config';

const config = loadConfig();
const embedded = config.DATABASE_URL ? null : await startEmbeddedPostgres(config.EMBEDDED_PG_DIR, console.log);
const orm = await MikroORM.init(ormConfig(config.DATABASE_URL ?? embedded?.url ?? ''));
try {
  await orm.migrator.up();
  const result = await orm.migrator.create(
    path.resolve(import.meta.dirname, '../migrations'),
    false,
    false,
    process.argv[2],
  );
  console.log(result.fileName ? `Wrote ${result.fileName}; add it to migrations/index.ts` : 'No changes.');
} finally {
  await orm.close();
  await embedded?.stop();
}
