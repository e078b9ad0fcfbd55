import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * The repository root, so default paths do not depend on the working directory: the nearest
 * folder above this module holding pnpm-workspace.yaml — found, not counted, so the same code
 * works from src/ (tsx, tests) and from the compiled dist/main.js.
 */
export const REPO_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'pnpm-workspace.yaml'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '../../..');
  }
}

const port = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must be between 0 and 65535')
  .max(65535, 'must be between 0 and 65535');

const milliseconds = z.coerce
  .number({ error: 'must be a number of milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(100, 'must be at least 100 (milliseconds)')
  .max(600_000, 'must be at most 600000 (10 minutes)');

const postgresUrl = z
  .url({ error: 'must be a URL like postgres://user@host:5432/database' })
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'must start with postgres:// or postgresql://');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  /** When unset, an embedded PostgreSQL is started with its data under EMBEDDED_PG_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  /**
   * How requests connect: as a role that is not the owner, not a superuser and has no BYPASSRLS.
   * When unset, the server creates the role `jamsos_app` with DATABASE_APP_PASSWORD itself.
   */
  DATABASE_APP_URL: postgresUrl.optional(),
  DATABASE_APP_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('jamsos-app-local'),
  EMBEDDED_PG_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, '.data', 'postgres')),
  /**
   * The province the portal serves, by its two-digit Kemendagri code (34 = DIY). Its regencies,
   * districts and villages come from the national register (idn-area-data); see docs/operations.md.
   */
  PORTAL_PROVINCE: z
    .string()
    .regex(/^\d{2}$/, 'must be a two-digit province code, e.g. 34 (DIY) or 35 (Jawa Timur)')
    .default('34'),
  /** Load the demo province (tenants and demo logins) at start. */
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true' || value === '1'),
  /**
   * How much of the demo registry to load with the demo province: 1 is a few hundred businesses
   * and a few thousand workers per tenant; the tests use a sliver of it; 0 loads none.
   */
  DEMO_REGISTRY_SCALE: z.coerce
    .number({ error: 'must be a number' })
    .min(0, 'must be between 0 and 10')
    .max(10, 'must be between 0 and 10')
    .default(1),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default('jamsos-diy'),
  SESSION_TTL_HOURS: z.coerce
    .number({ error: 'must be a number' })
    .positive('must be positive')
    .max(24 * 30, 'must be at most 720 (30 days)')
    .default(12),
  WEB_DIST: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'packages', 'web', 'dist')),
  /**
   * `enforce`: accept only the web client's operations (trusted documents), except for
   * organisations allowed ad-hoc queries. Defaults to enforce in production, accept elsewhere.
   */
  TRUSTED_DOCUMENTS: z.enum(['enforce', 'accept']).optional(),
  /** How long opening a database connection, or waiting for a free one, may take. */
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds.default(5000),
  /** How long one availability check (connect if needed, `select 1`) may take. */
  DATABASE_PROBE_TIMEOUT_MS: milliseconds.default(2000),
  /**
   * How long one query may go without an answer before its connection is given up (a database
   * that stopped answering). Longer than any honest query of the portal.
   */
  DATABASE_QUERY_TIMEOUT_MS: milliseconds.default(60_000),
  /** How often the database is checked while up (heartbeat) and while away (retry). */
  DATABASE_HEARTBEAT_MS: milliseconds.default(1000),
  DATABASE_RETRY_MS: milliseconds.default(500),
  /** `json` (one JSON record a line, for log shippers) or `pretty` (a line a person reads). */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Server processes (node:cluster, main.ts): by default one per core the machine gives Node
   * (os.availableParallelism()). 1: a single process, no cluster.
   */
  SERVER_PROCESSES: z.coerce
    .number({ error: 'must be a whole number' })
    .int({ error: 'must be a whole number' })
    .min(1, 'must be at least 1')
    .max(64, 'must be at most 64')
    .optional(),
  LOG_SQL: z
    .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  /** The job queue (docs/operations.md, "Jobs"): its connections to the database, */
  JOBS_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(20).default(3),
  /** how often an idle worker looks for work (seconds), */
  JOBS_POLL_SECONDS: z.coerce.number({ error: 'must be a number' }).min(0.5).max(60).default(2),
  /** and the time zone its schedules (cron) are read in. */
  JOBS_TIME_ZONE: z.string().min(1).default('Asia/Jakarta'),
  /**
   * Where email goes (`smtp://user:pass@host:587`, `smtps://…`); unset: nothing is sent and the
   * log says where each message would have gone.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
  /** The sender of the portal's email. */
  MAIL_FROM: z.string().min(3).default('Portal Kemitraan Jaminan Sosial DIY <noreply@jamsos-diy.local>'),
  /** The portal's address as people reach it, for links in email (default: http://localhost:PORT). */
  PUBLIC_URL: z.url().optional(),
  /**
   * Whole-NIK look-ups (a worker search by a full NIK, which answers yes or no) allowed per user
   * and per tenant within NIK_LOOKUP_WINDOW_MINUTES; beyond them the search is refused and the
   * tenant's admins are told (docs/privacy.md).
   */
  NIK_LOOKUP_LIMIT_PER_USER: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100_000).default(30),
  NIK_LOOKUP_LIMIT_PER_TENANT: z.coerce.number({ error: 'must be a number' }).int().min(1).max(1_000_000).default(300),
  NIK_LOOKUP_WINDOW_MINUTES: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(60),
  /** Retention (docs/privacy.md): days after archival before a worker's personal data is erased. */
  RETENTION_ARCHIVED_WORKER_DAYS: z.coerce.number({ error: 'must be a number' }).int().min(1).default(730),
  /** Days an audit entry is kept. */
  RETENTION_AUDIT_DAYS: z.coerce.number({ error: 'must be a number' }).int().min(30).default(1825),
  /** Days an expired session or invitation, or a login-throttle row, is kept before deletion. */
  RETENTION_EXPIRED_DAYS: z.coerce.number({ error: 'must be a number' }).int().min(0).default(1),
});

export type Config = z.infer<typeof envSchema>;

/** A configuration mistake, reported to the operator as one line rather than a stack trace. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration. Empty variables count as unset, so `PORT=` behaves
 * like no PORT at all (as shells and .env files commonly produce them).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const key = issue.path.join('.');
      const value = present[key];
      const shown = ['DATABASE_URL', 'DATABASE_APP_URL', 'DATABASE_APP_PASSWORD', 'DEMO_PASSWORD'].includes(key)
        ? ''
        : value === undefined
          ? ''
          : ` (got "${value}")`;
      return `${key} ${issue.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return result.data;
}
