import { audit } from '../audit/audit.service';
import { appError, ErrorCode } from '../common/errors';
import { ownedBy, type RequestScope } from '../common/scope';
import { type IWorker, Worker } from './worker.entity';
import { findOwnWorker } from './worker.service';

/** Which worker: one already on the server, or one the same phone added in the field (its client id). */
export type InterestTarget = { workerId: string } | { workerClientId: string };

/**
 * Marks that a worker wants to join BPJS Ketenagakerjaan (issue 18), as an officer does on a
 * visit, often offline. Idempotent: a mark sent again with its client id, or a worker already
 * marked, answers the worker as it is (the first mark's time stays). A worker added on the same
 * visit is named by the id the phone gave it, since the phone never saw its server id offline;
 * the outbox sends the worker first. Another tenant's worker or client id is "not found".
 */
export async function markEnrolmentInterest(
  scope: RequestScope,
  target: InterestTarget,
  clientId: string,
): Promise<IWorker> {
  const { em } = scope;
  const earlier = await em.findOne(Worker, { enrolmentInterestClientId: clientId, ...ownedBy(scope) });
  if (earlier) return earlier;
  const worker =
    'workerId' in target
      ? await findOwnWorker(scope, target.workerId)
      : await em.findOne(Worker, { clientId: target.workerClientId, ...ownedBy(scope) });
  if (!worker) throw appError(ErrorCode.NotFound, 'No such worker.');
  if (worker.enrolmentInterestAt) return worker;
  worker.enrolmentInterestAt = new Date();
  worker.enrolmentInterestClientId = clientId;
  audit(scope, {
    action: 'worker.enrolmentInterest',
    objectType: 'Worker',
    objectId: worker.id,
    changes: { enrolmentInterestAt: { before: null, after: worker.enrolmentInterestAt.toISOString() } },
  });
  await em.flush();
  return worker;
}
