/**
 * pnpm seed:province — loads the whole province (40,000 businesses, ~400,000 workers, 5,000
 * tasks, 20,000 visit reports) into a fresh database: DATABASE_URL's, or the embedded cluster.
 * PROVINCE_SCALE shrinks it (tests use a sliver).
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config';
import { openDatabase } from '../database/database';
import { seedProvince } from '../seeders/province.seeder';

const started = performance.now();
const config = loadConfig({ ...process.env, SEED_DEMO: 'true', DEMO_REGISTRY_SCALE: '0' });
const database = await openDatabase(config, console.log);
try {
  const counts = await seedProvince(database.ownerOrm.em.fork(), {
    scale: Number(process.env.PROVINCE_SCALE ?? '1'),
    progress: (line) => console.log(`  ${line} (${((performance.now() - started) / 1000).toFixed(1)} s)`),
  });
  console.log(
    `Loaded ${counts.businesses} businesses, ${counts.workers} workers, ${counts.tasks} tasks and ${counts.visitReports} visit reports into ${database.description} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await database.close();
}
