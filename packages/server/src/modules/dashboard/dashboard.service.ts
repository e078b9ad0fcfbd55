import { LRUCache } from 'lru-cache';
import { appError, ErrorCode } from '../common/errors';
import type { RequestScope } from '../common/scope';
import { OPEN_TASK_STATUSES_SQL } from '../outreach/outreach.entity';
import { type Row, readCells } from './dashboard.cells';
import { figuresOf, protectFigures } from './dashboard.figures';
import type { AssigneeProgressType, DashboardFilterInput, DashboardSourceType, DashboardType } from './dashboard.type';

/*
 * The dashboard: which sources the caller sees, the caches, and the caller's task progress. The
 * cell queries are in dashboard.cells.ts, the figures made from them in dashboard.figures.ts.
 */

interface SourceRow extends DashboardSourceType {
  /** The source's dashboard_version (see that migration). */
  version: string;
}

async function sourcesOf(scope: RequestScope): Promise<SourceRow[]> {
  return scope.em.execute<SourceRow[]>(
    `select o.id, o.name, o.id = ?::uuid as own, o.dashboard_version::text as version
       from organization o
      where o.id = ?::uuid or o.id in (
        select a.organization_id from agreement a
         where a.grantee_id = ?::uuid and a.scope in ('AGGREGATES', 'BUSINESS_DIRECTORY') and a.revoked_at is null
           and current_date between a.valid_from and a.valid_until)
      order by 3 desc, 2`,
    [scope.tenantId, scope.tenantId, scope.tenantId],
  );
}

/**
 * Dashboards already computed, one per caller's organisation, filters and day, each with the
 * versions of every visible source it was computed from. Any change to a source's cells or tasks
 * bumps that source's version in the same transaction (migration `…_dashboard_version`), and a new
 * or ended agreement changes the sources, so an entry is served only while what it was computed
 * from is unchanged; a changed one is replaced, not kept beside it. Per process, at most 500.
 */
const computed = new LRUCache<string, { stamp: string; value: DashboardType }>({
  max: 500,
  // Bounded by size too (JSON characters as the measure): the province-wide one is ~23,000.
  maxSize: 32 * 1024 * 1024,
  sizeCalculation: (entry) => JSON.stringify(entry.value).length,
});

/** Task progress per caller, day and own version (see `dashboard`). */
const progress = new LRUCache<string, AssigneeProgressType[]>({ max: 200 });

async function taskProgressOf(scope: RequestScope): Promise<AssigneeProgressType[]> {
  const tasks = await scope.em.execute<Row[]>(
    `select t.assignee_org_id::text as org, o.name as org_name, u.id::text as user_id, u.display_name as user_name,
            (count(*) filter (where t.status in ${OPEN_TASK_STATUSES_SQL}))::text as open,
            (count(*) filter (where t.status in ${OPEN_TASK_STATUSES_SQL} and t.due_on < current_date))::text as overdue,
            (count(*) filter (where t.status = 'DONE'))::text as done,
            (coalesce(sum(t.target_workers) filter (where t.status not in ('DECLINED', 'CANCELLED')), 0))::text as target,
            (coalesce(sum(t.enrolled_workers), 0))::text as registered
       from outreach_task t
       join organization o on o.id = t.assignee_org_id
       left join app_user u on u.id = t.assignee_user_id
      where t.organization_id = ?::uuid or t.assignee_org_id = ?::uuid
      group by 1, 2, 3, 4
      order by 2, 4 nulls first`,
    [scope.tenantId, scope.tenantId],
  );

  return tasks.map((row) => ({
    key: row.user_id ? `${row.org}:${row.user_id}` : String(row.org),
    label: row.user_name ? `${row.org_name} — ${row.user_name}` : String(row.org_name),
    open: Number(row.open),
    overdue: Number(row.overdue),
    done: Number(row.done),
    targetWorkers: Number(row.target),
    registeredWorkers: Number(row.registered),
  }));
}

/**
 * The caller's dashboard over its own data and what agreements grant it (or one source of them),
 * served from the cache while every visible source is unchanged.
 */
export async function dashboard(
  scope: RequestScope,
  filter: DashboardFilterInput,
  sourceId: string | null,
): Promise<DashboardType> {
  const { tenantId, viewer } = scope;
  const rows = await sourcesOf(scope);
  const sources: DashboardSourceType[] = rows.map(({ id, name, own }) => ({ id, name, own }));
  let visible = sources;
  if (sourceId !== null) {
    visible = sources.filter((s) => s.id === sourceId);
    if (visible.length === 0)
      throw appError(ErrorCode.Forbidden, 'No active data-sharing agreement gives you this partner’s data.', {
        reason: 'NO_ACTIVE_AGREEMENT',
      });
  }
  const key = JSON.stringify([tenantId, sourceId, filter, viewer.today]);
  const stamp = JSON.stringify(rows.map((r) => [r.id, r.version]));
  const known = computed.get(key);
  if (known?.stamp === stamp) return known.value;
  // Task progress depends on the caller's own tasks only, not on the filters: kept apart, so a
  // new filter costs the cell queries alone. The caller's version moves with its tasks.
  const own = rows.find((r) => r.own);
  const progressKey = JSON.stringify([tenantId, viewer.today, own?.version]);
  let taskProgress = progress.get(progressKey);
  if (!taskProgress) {
    taskProgress = await taskProgressOf(scope);
    progress.set(progressKey, taskProgress);
  }
  const cells = await readCells(
    scope,
    visible.map((s) => s.id),
    filter,
  );
  const exact = figuresOf(cells, sources, taskProgress);
  // Another tenant's data in the figures: small groups suppressed, counts rounded (docs/privacy.md).
  const value = visible.some((s) => !s.own) ? protectFigures(exact) : exact;
  computed.set(key, { stamp, value });
  return value;
}
