import DataLoader from 'dataloader';
import { BATCH, uuidArray } from '../common/loaders';
import type { RequestScope } from '../common/scope';

/** The outreach feature's batch loaders of one request (see RequestLoaders). */
export class OutreachLoaders {
  constructor(private readonly scope: RequestScope) {}

  /**
   * Workers really registered through each task's enrolment requests (kept on the task by the
   * enrolment trigger: the creator cannot read the partner's lines), in one query per list page.
   */
  readonly taskRegistered = new DataLoader<string, number>(async (ids) => {
    const rows = await this.scope.em.execute<{ task_id: string; registered: string }[]>(
      `select id as task_id, enrolled_workers as registered from outreach_task where id = any(?::uuid[])`,
      [uuidArray(ids)],
    );
    const byId = new Map(rows.map((row) => [row.task_id, Number(row.registered)]));
    return ids.map((id) => byId.get(id) ?? 0);
  }, BATCH);
}
