/**
 * The floor of the peer benchmark (test/bench/peer.ts): an HTTP server with one hand-written SQL
 * statement per page, through `pg`, answering each page as the web client would want it (the
 * portal's field names and values). Run as a process of its own:
 *
 *   PEER_DATABASE_URL=postgres://postgres@host/db PORT=… node --import tsx raw-server.ts
 *
 * It has no GraphQL, no ORM, no permission rules, no session and no transaction: it connects as
 * the owner (row-level security does not apply) and writes the tenant from the `x-tenant-id`
 * header into each statement's conditions — what any server would at least have to do.
 * `POST /page/<operation>` with the variables as a JSON body.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { maskNik } from '@jamsos/schema';
import pg from 'pg';
import { BUSINESS_COLUMNS, type BusinessRow, businessJson, globalId } from '../harness/business-row';

const url = process.env.PEER_DATABASE_URL;
const port = Number(process.env.PORT);
if (!url || !port) throw new Error('PEER_DATABASE_URL and PORT are required.');

// The portal's pool settings (at most 10; pg closes a connection idle for 10 s), as PostGraphile's.
const pool = new pg.Pool({ connectionString: url, max: 10 });

const PAGE_LIMIT = 100;

type Variables = Record<string, unknown>;
interface Page {
  edges: unknown[];
  hasNextPage: boolean;
  totalCount: number;
  organizations?: unknown[];
}

function firstOf(variables: Variables): number {
  const first = Number(variables.first ?? 20);
  if (!Number.isInteger(first) || first < 0 || first > PAGE_LIMIT) throw new Error('first out of range');
  return first;
}

/** `%…%` for ILIKE, with the pattern's own wildcards escaped (as the portal's likeEscape does). */
const contains = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

interface BusinessPageRow extends BusinessRow {
  total: string;
}

/**
 * A page of businesses with their counts and the list's total, in one statement: the total is an
 * uncorrelated subquery (computed once), the counts a join for the page's rows.
 */
async function businessPage(conditions: string, params: unknown[], first: number): Promise<Page> {
  const { rows } = await pool.query<BusinessPageRow>(
    `select ${BUSINESS_COLUMNS},
            (select count(*) from business b where ${conditions}) as total
       from (select * from business b where ${conditions} order by b.name, b.id limit ${first + 1}) b
       left join business_counts c on c.business_id = b.id
      order by b.name, b.id`,
    params,
  );
  return {
    edges: rows.slice(0, first).map(businessJson),
    hasNextPage: rows.length > first,
    totalCount: Number(rows[0]?.total ?? 0),
  };
}

const PAGES: Record<string, (tenant: string, variables: Variables) => Promise<Page>> = {
  async businesses(tenant, variables) {
    const params: unknown[] = [tenant];
    let conditions = 'b.organization_id = $1 and b.archived_at is null';
    for (const [field, column] of [
      ['districtCode', 'district_code'],
      ['kbliSection', 'kbli_section'],
    ] as const) {
      if (typeof variables[field] === 'string') {
        params.push(variables[field]);
        conditions += ` and b.${column} = $${params.length}`;
      }
    }
    return businessPage(conditions, params, firstOf(variables));
  },

  /** A grantor's businesses, for a grantee holding a live directory agreement (checked in the same statement). */
  async partnerBusinesses(tenant, variables) {
    const conditions = `b.organization_id = $2 and b.archived_at is null and exists (
        select 1 from agreement a where a.organization_id = $2 and a.grantee_id = $1 and a.scope = 'BUSINESS_DIRECTORY'
           and a.revoked_at is null and current_date between a.valid_from and a.valid_until)`;
    return businessPage(conditions, [tenant, String(variables.grantorId)], firstOf(variables));
  },

  async workers(tenant, variables) {
    const first = firstOf(variables);
    const params: unknown[] = [tenant];
    let conditions = 'w.organization_id = $1 and w.archived_at is null';
    if (typeof variables.search === 'string' && variables.search.trim()) {
      params.push(contains(variables.search.trim()));
      conditions += ` and w.full_name ilike $2`;
    }
    // The employers are a subquery of the page's rows: PostgreSQL evaluates it after the limit.
    const { rows } = await pool.query<{
      id: string;
      nik: string;
      full_name: string;
      sex: string;
      birth_year: number;
      occupation: string | null;
      worker_type: string;
      coverage_status: string;
      programmes: string[];
      businesses: { id: string; name: string }[];
      total: string;
    }>(
      `select w.id, w.nik, w.full_name, w.sex, extract(year from w.birth_date)::int as birth_year, w.occupation,
              w.worker_type, w.coverage_status, w.programmes,
              (select coalesce(json_agg(json_build_object('id', b.id, 'name', b.name) order by b.name, b.id), '[]')
                 from employment e join business b on b.id = e.business_id
                where e.worker_id = w.id and e.organization_id = w.organization_id) as businesses,
              (select count(*) from worker w where ${conditions}) as total
         from (select * from worker w where ${conditions} order by w.full_name, w.id limit ${first + 1}) w
        order by w.full_name, w.id`,
      params,
    );
    return {
      edges: rows.slice(0, first).map((w) => ({
        id: globalId('Worker', w.id),
        nik: maskNik(w.nik),
        fullName: w.full_name,
        sex: w.sex,
        birthYear: w.birth_year,
        occupation: w.occupation,
        workerType: w.worker_type,
        coverageStatus: w.coverage_status,
        programmes: w.programmes,
        businesses: w.businesses.map((b) => ({ id: globalId('Business', b.id), name: b.name })),
      })),
      hasNextPage: rows.length > first,
      totalCount: Number(rows[0]?.total ?? 0),
    };
  },

  /** The task board: the organisations (for the pickers) and a page of the tenant's tasks, in one statement. */
  async tasks(tenant, variables) {
    const first = firstOf(variables);
    const { rows } = await pool.query<{
      id: string;
      title: string;
      status: string;
      priority: string;
      due_on: string;
      target_workers: number;
      version: number;
      creator_id: string;
      creator_name: string;
      assignee_id: string;
      assignee_name: string;
      assignee_user_name: string | null;
      registered: number;
      overdue: boolean;
      total: string;
      organizations: unknown[];
    }>(
      `select t.id, t.title, t.status, t.priority, t.due_on::text as due_on, t.target_workers, t.version,
              c.id as creator_id, c.name as creator_name, a.id as assignee_id, a.name as assignee_name,
              u.display_name as assignee_user_name,
              t.enrolled_workers as registered,
              (t.status in ('OPEN', 'ACCEPTED', 'IN_PROGRESS') and t.due_on < current_date) as overdue,
              (select count(*) from outreach_task t where t.organization_id = $1 or t.assignee_org_id = $1) as total,
              (select json_agg(o) from (select o.id, o.kind, o.name from organization o where o.kind <> 'PLATFORM'
                                      order by o.name, o.id limit 100) o)
                as organizations
         from (select * from outreach_task t where t.organization_id = $1 or t.assignee_org_id = $1
                order by t.due_on, t.id limit ${first + 1}) t
         join organization c on c.id = t.organization_id
         join organization a on a.id = t.assignee_org_id
         left join app_user u on u.id = t.assignee_user_id and u.organization_id = $1
        order by t.due_on, t.id`,
      [tenant],
    );
    return {
      organizations: ((rows[0]?.organizations ?? []) as { id: string; kind: string; name: string }[]).map((o) => ({
        ...o,
        id: globalId('Organization', o.id),
      })),
      edges: rows.slice(0, first).map((t) => ({
        id: globalId('OutreachTask', t.id),
        title: t.title,
        status: t.status,
        priority: t.priority,
        dueOn: t.due_on,
        overdue: t.overdue,
        targetWorkers: t.target_workers,
        version: t.version,
        creator: { id: globalId('Organization', t.creator_id), name: t.creator_name },
        assignee: { id: globalId('Organization', t.assignee_id), name: t.assignee_name },
        assigneeUserName: t.assignee_user_name,
        progress: { registered: t.registered, rate: Math.min(1, t.registered / t.target_workers) },
      })),
      hasNextPage: rows.length > first,
      totalCount: Number(rows[0]?.total ?? 0),
    };
  },
};

async function bodyOf(request: IncomingMessage): Promise<Variables> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString('utf8')) as Variables) : {};
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const server = createServer(async (request, response) => {
  try {
    const page = PAGES[/^\/page\/(\w+)$/.exec(request.url ?? '')?.[1] ?? ''];
    const tenant = request.headers['x-tenant-id'];
    if (request.method !== 'POST' || !page) {
      response.writeHead(404).end();
      return;
    }
    if (typeof tenant !== 'string' || !UUID.test(tenant)) {
      response.writeHead(401).end();
      return;
    }
    const body = JSON.stringify(await page(tenant, await bodyOf(request)));
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  } catch (error) {
    response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
  }
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`Raw server listening on http://127.0.0.1:${port}`));

const stop = () => {
  server.close();
  void pool.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
