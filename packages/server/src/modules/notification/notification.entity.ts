import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { createdAt, uuidKey } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';
import { User } from '../user/user.entity';

/** A notice for one person of one tenant; an ordinary tenant-owned row. */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notification',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    user: () => p.manyToOne(User),
    kind: p.string().length(32),
    taskId: p.uuid().nullable(),
    /** The enrolment request a notice is about (ENROLMENT_* and ASSISTANCE_RENEWAL notices). */
    enrolmentRequestId: p.uuid().nullable(),
    message: p.string().length(500),
    /** What the notice is about (null on rows written before notices carried it); see `NotificationParams`. */
    params: p.json<Record<string, string>>().nullable(),
    readAt: p.datetime().nullable(),
    /** When the `notice-emails` job emailed it (or decided not to); null: not yet looked at. */
    emailedAt: p.datetime().nullable(),
    createdAt: createdAt(),
  },
});
export type INotification = InferEntity<typeof Notification>;
