import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { scopeOf } from '../common/scope';
import { workerIdFrom } from '../worker/worker.resolver';
import { WorkerType } from '../worker/worker.type';
import { personRecord } from './person-record.service';
import {
  type PersonRecordEntryType,
  type PersonRecordPurpose,
  PersonRecordPurposeEnum,
  PersonRecordType,
} from './person-record.type';

@Resolver()
export class PersonRecordResolver {
  @Query(() => PersonRecordType, {
    description:
      'One worker’s whole record with every access and change, to answer their request to see their data (staff and admins; audited).',
  })
  async personRecord(
    @Arg('workerId', () => ID) workerId: string,
    @Arg('purpose', () => PersonRecordPurposeEnum, { defaultValue: 'VIEW' }) purpose: PersonRecordPurpose,
    @Ctx() ctx: Context,
  ): Promise<PersonRecordType> {
    const rows = await personRecord(scopeOf(ctx), workerIdFrom(workerId), purpose);
    const worker = WorkerType.from(rows.worker);
    return Object.assign(new PersonRecordType(), {
      worker,
      personalData: worker.full,
      visits: rows.visits,
      history: rows.history.map(
        (h): PersonRecordEntryType => ({
          at: h.at,
          action: h.action,
          actorEmail: h.actorEmail,
          changes: h.changes ? JSON.stringify(h.changes) : null,
          dataSubjectRequest: typeof h.changes?.dataSubjectRequest === 'string' ? h.changes.dataSubjectRequest : null,
          bulk: h.bulk,
        }),
      ),
    });
  }
}
