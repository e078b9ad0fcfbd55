import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { BUSINESS_RECORD_SELECT, type BusinessRecord } from '../business/business.service';
import { SqlConditions } from './sql-page';
import { tenantScope } from './tenancy';

/** A list page is at most 100 rows; exports ask for many more, in batches PostgreSQL takes in one go. */
const BATCH = { maxBatchSize: 2000 };

/**
 * Ids as one PostgreSQL array parameter (`= any(?::uuid[])`). Not `in (select
 * jsonb_array_elements_text(…))`: the planner cannot see through that set-returning function,
 * guesses 100 rows and scans the whole table (3.6 ms instead of 0.03 ms for one business at
 * province scale; see docs/benchmarks.md).
 */
export function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

export interface WorkerCounts {
  workers: number;
  enrolled: number;
}

/**
 * Per-request batch loaders: every field that would otherwise query once per item of a list
 * asks one of these, and each list page costs one query per field, whatever its size. They live
 * in the request's context and use its EntityManager, so they share its transaction and tenant.
 */
export class Loaders {
  constructor(private readonly em: EntityManager) {}

  /**
   * Live and enrolled workers of each business, from the counts the triggers keep. Readable for
   * the tenant's own businesses and, under a directory agreement, for the grantor's (RLS).
   */
  readonly businessCounts = new DataLoader<string, WorkerCounts>(async (ids) => {
    const rows = await this.em.execute<{ business_id: string; worker_count: number; enrolled_count: number }[]>(
      `select business_id, worker_count, enrolled_count from business_counts
        where business_id = any(?::uuid[])`,
      [uuidArray(ids)],
    );
    const byId = new Map(
      rows.map((row) => [row.business_id, { workers: row.worker_count, enrolled: row.enrolled_count }]),
    );
    return ids.map((id) => byId.get(id) ?? { workers: 0, enrolled: 0 });
  }, BATCH);

  /** The businesses each worker works for, in one query per list page (the tenant written in). */
  readonly workerBusinesses = new DataLoader<string, BusinessRecord[]>(async (ids) => {
    const where = new SqlConditions().add('e.worker_id = any(?::uuid[])', uuidArray(ids));
    const tenant = tenantScope(this.em);
    if (tenant) where.add('e.organization_id = ?', tenant);
    const rows = await this.em.execute<(BusinessRecord & { workerId: string })[]>(
      `select e.worker_id as "workerId", ${BUSINESS_RECORD_SELECT}
         from employment e join business b on b.id = e.business_id
        where ${where.sql} order by b.name, b.id`,
      where.params,
    );
    const byWorker = new Map<string, BusinessRecord[]>();
    for (const row of rows) {
      const list = byWorker.get(row.workerId) ?? [];
      list.push(row);
      byWorker.set(row.workerId, list);
    }
    return ids.map((id) => byWorker.get(id) ?? []);
  }, BATCH);

  /** Workers registered in each task's visit reports, in one query per list page. */
  readonly taskRegistered = new DataLoader<string, number>(async (ids) => {
    const rows = await this.em.execute<{ task_id: string; registered: string }[]>(
      `select task_id, sum(workers_registered) as registered from visit_report
        where task_id = any(?::uuid[]) group by task_id`,
      [uuidArray(ids)],
    );
    const byId = new Map(rows.map((row) => [row.task_id, Number(row.registered)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }, BATCH);
}
