import DataLoader from 'dataloader';
import { BATCH, uuidArray } from '../common/loaders';
import type { RequestScope } from '../common/scope';

/** The outreach feature's batch loaders of one request (see RequestLoaders). */
export class OutreachLoaders {
  constructor(private readonly scope: RequestScope) {}

  /** Workers registered in each task's visit reports, in one query per list page. */
  readonly taskRegistered = new DataLoader<string, number>(async (ids) => {
    const rows = await this.scope.em.execute<{ task_id: string; registered: string }[]>(
      `select task_id, sum(workers_registered) as registered from visit_report
        where task_id = any(?::uuid[]) group by task_id`,
      [uuidArray(ids)],
    );
    const byId = new Map(rows.map((row) => [row.task_id, Number(row.registered)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }, BATCH);
}
