import DataLoader from 'dataloader';
import { BATCH, uuidArray } from '../common/loaders';
import type { RequestScope } from '../common/scope';
import { sqlTenant } from '../common/scope';
import { SqlConditions } from '../common/sql-page';
import { BUSINESS_RECORD_SELECT, type BusinessRecord } from './business.service';

export interface WorkerCounts {
  workers: number;
  enrolled: number;
}

/** The business feature's batch loaders of one request (see RequestLoaders). */
export class BusinessLoaders {
  constructor(private readonly scope: RequestScope) {}

  /**
   * Live and enrolled workers of each business, from the counts the triggers keep. Readable for
   * the tenant's own businesses and, under a directory agreement, for the grantor's (RLS).
   */
  readonly businessCounts = new DataLoader<string, WorkerCounts>(async (ids) => {
    const rows = await this.scope.em.execute<{ business_id: string; worker_count: number; enrolled_count: number }[]>(
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
    const tenant = sqlTenant(this.scope);
    if (tenant) where.add('e.organization_id = ?', tenant);
    const rows = await this.scope.em.execute<(BusinessRecord & { workerId: string })[]>(
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
}
