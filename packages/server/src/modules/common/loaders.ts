import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { IBusiness } from '../business/business.entity';
import { Employment } from '../worker/worker.entity';

/** A list page is at most 100 rows; exports ask for many more, in batches PostgreSQL takes in one go. */
const BATCH = { maxBatchSize: 2000 };

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

  /** Live and enrolled workers of each business (tenant-scoped by RLS; the tenant is in the SQL too). */
  readonly businessCounts = new DataLoader<string, WorkerCounts>(async (ids) => {
    const rows = await this.em.execute<{ business_id: string; workers: string; enrolled: string }[]>(
      `select e.business_id, count(*) as workers,
              count(*) filter (where w.coverage_status = 'ENROLLED') as enrolled
         from employment e join worker w on w.id = e.worker_id and w.organization_id = e.organization_id
        where e.organization_id = app_current_tenant() and e.business_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and w.archived_at is null
        group by e.business_id`,
      [JSON.stringify(ids)],
    );
    const byId = new Map(
      rows.map((row) => [row.business_id, { workers: Number(row.workers), enrolled: Number(row.enrolled) }]),
    );
    return ids.map((id) => byId.get(id) ?? { workers: 0, enrolled: 0 });
  }, BATCH);

  /** The businesses each worker works for, in one query per list page. */
  readonly workerBusinesses = new DataLoader<string, IBusiness[]>(async (ids) => {
    const employments = await this.em.find(
      Employment,
      { worker: { $in: [...ids] } },
      { populate: ['business'], orderBy: { business: { name: 'asc' } } },
    );
    const byWorker = new Map<string, IBusiness[]>();
    for (const employment of employments) {
      const list = byWorker.get(employment.worker.id) ?? [];
      list.push(employment.business);
      byWorker.set(employment.worker.id, list);
    }
    return ids.map((id) => byWorker.get(id) ?? []);
  }, BATCH);
}
