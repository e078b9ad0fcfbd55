import DataLoader from 'dataloader';
import { BATCH, uuidArray } from '../common/loaders';
import type { RequestScope } from '../common/scope';
import type { IEnrolmentLine } from './enrolment.entity';
import { EnrolmentLine } from './enrolment.entity';

/** The enrolment feature's batch loaders of one request (see RequestLoaders). */
export class EnrolmentLoaders {
  constructor(private readonly scope: RequestScope) {}

  /**
   * Whether the office sees each request's lines now: the question the line policies ask
   * (`app_enrolment_shared_requests()` for the office; the same test for the partner), one
   * statement per list page.
   */
  readonly linesShared = new DataLoader<string, boolean>(async (ids) => {
    const rows = await this.scope.em.execute<{ id: string }[]>(
      `select r.id from enrolment_request r
        where r.id = any(?::uuid[]) and r.status <> 'DRAFT' and (r.share_until is null or r.share_until >= current_date)
          and exists (select 1 from agreement a where a.organization_id = r.organization_id
                        and a.grantee_id = r.recipient_org_id and a.scope = 'ENROLMENT' and a.revoked_at is null
                        and current_date between a.valid_from and a.valid_until)`,
      [uuidArray(ids)],
    );
    const shared = new Set(rows.map((row) => row.id));
    return ids.map((id) => shared.has(id));
  }, BATCH);

  /** The caller's own lines of each worker, newest first, one statement per list page. */
  readonly workerLines = new DataLoader<string, IEnrolmentLine[]>(async (ids) => {
    const lines = await this.scope.em.find(
      EnrolmentLine,
      { workerId: { $in: [...ids] }, organization: this.scope.tenantId },
      { orderBy: { createdAt: 'desc', id: 'asc' } },
    );
    return ids.map((id) => lines.filter((line) => line.workerId === id));
  }, BATCH);
}
