import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, REPO_ROOT } from '@jamsos/server/config';
import { openDatabase } from '@jamsos/server/database/database';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '@jamsos/server/database/embedded';
import { seedProvince } from '@jamsos/server/seeders/province.seeder';
import pg from 'pg';

export interface ProvinceDatabase {
  /** Owner (superuser) URL of the database holding the province. */
  readonly url: string;
  readonly description: string;
  stop(): Promise<void>;
}

const DATABASE = 'jamsos_province';

async function businessCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const table = await client.query<{ t: string | null }>(`select to_regclass('public.business')::text as t`);
    if (!table.rows[0]?.t) return 0;
    const { rows } = await client.query<{ n: string }>('select count(*) as n from business');
    return Number(rows[0]?.n ?? 0);
  } finally {
    await client.end();
  }
}

/** Creates `name` on the server of `url` unless it exists; returns the URL of that database. */
async function ensureDatabase(url: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (rowCount === 0) await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/**
 * The database the benchmarks read: `BENCH_DATABASE_URL` as given; else the `jamsos_province`
 * database on `DATABASE_URL`'s server; else an embedded cluster of its own under `.data/`. It is
 * loaded with `pnpm seed:province`'s loader the first time (about a minute), and reused after.
 */
export async function provinceDatabase(log: (line: string) => void): Promise<ProvinceDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url: string;
  if (process.env.BENCH_DATABASE_URL) url = process.env.BENCH_DATABASE_URL;
  else if (process.env.DATABASE_URL) url = await ensureDatabase(process.env.DATABASE_URL, DATABASE);
  else {
    embedded = await startEmbeddedPostgres(path.join(REPO_ROOT, '.data', 'bench-postgres'), log);
    url = embedded.url;
  }
  try {
    return await loaded(url, embedded, log);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}

async function loaded(url: string, embedded: EmbeddedDatabase | null, log: (line: string) => void) {
  const description = `${new URL(url).host}${new URL(url).pathname}${embedded ? ' (embedded)' : ''}`;
  const scale = Number(process.env.PROVINCE_SCALE ?? '1');
  const present = await businessCount(url);
  if (present === 0) {
    log(`Loading the province into ${description} (once; about a minute)…`);
    const started = performance.now();
    const config = loadConfig({ DATABASE_URL: url, SEED_DEMO: 'true', DEMO_REGISTRY_SCALE: '0' });
    const database = await openDatabase(config, () => {});
    try {
      const counts = await seedProvince(database.ownerOrm.em.fork(), { scale, progress: (line) => log(`  ${line}`) });
      log(
        `  ${counts.businesses} businesses, ${counts.workers} workers in ${((performance.now() - started) / 1000).toFixed(0)} s`,
      );
    } finally {
      await database.close();
    }
  } else if (present < 30_000 * scale) {
    throw new Error(
      `${description} holds ${present} businesses, not a province: point BENCH_DATABASE_URL at an empty database or one loaded by pnpm seed:province.`,
    );
  }
  // Measure a settled database: earlier load tests leave dead rows, and this machine's PostgreSQL
  // runs with autovacuum off.
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
  return { url, description, stop: async () => embedded?.stop() };
}
