import { audit } from '../audit/audit.service';
import type { RequestScope } from '../common/scope';
import type { IWorker } from '../worker/worker.entity';
import { findOwnWorker } from '../worker/worker.service';
import type { PersonRecordPurpose } from './person-record.type';

export interface PersonRecordRows {
  worker: IWorker;
  visits: { visitedOn: string; taskTitle: string; reportedBy: string }[];
  history: {
    at: Date;
    action: string;
    actorEmail: string | null;
    changes: Record<string, unknown> | null;
    bulk: boolean;
  }[];
}

/**
 * One person's record for a data subject request: the worker (the caller's tenant's only; another
 * tenant's is "not found"), the visit reports that name them, and every audit entry about them —
 * reads of their full data, changes, archival — plus the tenant's full exports, which may have
 * included them. Reading it is itself an access, audited (`worker.viewPersonRecord`, or
 * `worker.exportPersonRecord` for the download), before the history is read, so it lists itself.
 */
export async function personRecord(
  scope: RequestScope,
  workerId: string,
  purpose: PersonRecordPurpose,
): Promise<PersonRecordRows> {
  const { em, tenantId } = scope;
  const worker = await findOwnWorker(scope, workerId);
  audit(scope, {
    action: purpose === 'EXPORT' ? 'worker.exportPersonRecord' : 'worker.viewPersonRecord',
    objectType: 'Worker',
    objectId: worker.id,
  });
  await em.flush();
  const visits = await em.execute<{ visited_on: string; title: string; reported_by: string }[]>(
    `select r.visited_on::text as visited_on, t.title, r.reported_by
       from visit_report_worker vw
       join visit_report r on r.id = vw.report_id
       join outreach_task t on t.id = r.task_id
      where vw.worker_id = ?::uuid and ? in (vw.organization_id, vw.assignee_org_id)
      order by r.visited_on, r.created_at`,
    [worker.id, tenantId],
  );
  const history = await em.execute<
    { created_at: Date; action: string; actor_email: string | null; changes: Record<string, unknown> | null }[]
  >(
    `select created_at, action, actor_email, changes
       from audit_entry
      where organization_id = ?::uuid
        and ((object_type = 'Worker' and object_id = ?) or action = 'worker.exportPersonalData')
      order by created_at, id`,
    [tenantId, worker.id],
  );
  return {
    worker,
    visits: visits.map((v) => ({ visitedOn: v.visited_on, taskTitle: v.title, reportedBy: v.reported_by })),
    history: history.map((h) => ({
      at: new Date(h.created_at),
      action: h.action,
      actorEmail: h.actor_email,
      changes: h.changes,
      bulk: h.action === 'worker.exportPersonalData',
    })),
  };
}
