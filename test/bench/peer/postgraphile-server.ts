/**
 * PostGraphile 5 (amber preset) over the portal's database, for the peer benchmark
 * (test/bench/peer.ts). Run as a process of its own:
 *
 *   PEER_DATABASE_URL=postgres://jamsos_app:…@host/db PORT=… node --import tsx postgraphile-server.ts
 *
 * It connects as the portal's request role (`jamsos_app`: not the owner, no BYPASSRLS), so the
 * same row-level security decides what each request sees. The tenant comes from the request's
 * `x-tenant-id` header and goes into `pgSettings`, which PostGraphile applies per request as
 * `set_config('app.tenant_id', …, true)` inside its transaction — the setting the portal makes
 * from its session lookup. Taking the tenant from a header, with no session to look up, is the
 * cheaper path: it favours PostGraphile (docs/benchmarks.md says so).
 */
import { createServer } from 'node:http';
import pg from 'pg';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { pgSmartTags } from 'postgraphile/utils';

const url = process.env.PEER_DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('PEER_DATABASE_URL and PORT are required.');

// The portal's pool settings (packages/server/src/mikro-orm.config.ts: at most 10, none kept
// open; pg closes a connection idle for 10 s), so all three pay alike for reopening.
const pool = new pg.Pool({ connectionString: url, max: 10 });

/**
 * `app_worker_name_search(pattern)` returns `setof worker`; PostGraphile exposes it as a query
 * field with a connection. A function's connection has no `orderBy` or `condition` unless its
 * behaviour says so, and the web client's list is sorted by name and leaves out archived workers:
 * this smart tag (configuration, not a change to the database) asks for both.
 */
const SortableNameSearch = pgSmartTags({
  kind: 'procedure',
  match: 'app_worker_name_search',
  tags: { behavior: ['+order', '+filter'] },
});

const preset: GraphileConfig.Preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [SortableNameSearch],
  // Amber offers conditions, orderings and backward relations only where an index backs them;
  // the web client's pages need `archived_at is null` (no index of its own: it is a condition
  // on the tenant's index scan) and a task's visits (indexed by task, not by the three-column
  // key the relation uses). Switching the plugin off only adds those fields to the schema.
  disablePlugins: ['PgIndexBehaviorsPlugin'],
  pgServices: [makePgService({ pool, schemas: ['public'], pubsub: false })],
  grafast: {
    context(requestContext) {
      const tenant = requestContext.http?.getHeader('x-tenant-id') ?? '';
      return { pgSettings: { 'app.tenant_id': tenant } };
    },
  },
  grafserv: { port, graphqlPath: '/graphql', graphiql: false, watch: false },
  schema: { exportSchemaSDLPath: process.env.PEER_SCHEMA_SDL || undefined },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.keepAliveTimeout = 60_000;
await serv.addTo(server);
server.listen(port, '127.0.0.1', () => console.log(`PostGraphile listening on http://127.0.0.1:${port}/graphql`));

const stop = () => {
  server.close();
  void Promise.resolve(pgl.release()).finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
