import type { EntityName } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { migrations } from './migrations';
import { Agreement } from './modules/agreement/agreement.entity';
import { AuditEntry } from './modules/audit/audit.entity';
import { Business } from './modules/business/business.entity';
import { TenantSubscriber } from './modules/common/tenancy';
import { AssistanceProgramme, EnrolmentLine, EnrolmentRequest } from './modules/enrolment/enrolment.entity';
import { Notification } from './modules/notification/notification.entity';
import { Organization } from './modules/organization/organization.entity';
import {
  OutreachTask,
  TaskComment,
  TaskEvent,
  TaskTarget,
  VisitReport,
  VisitReportWorker,
} from './modules/outreach/outreach.entity';
import { Invitation } from './modules/user/invitation.entity';
import { PasswordReset } from './modules/user/password-reset.entity';
import { Session } from './modules/user/session.entity';
import { User } from './modules/user/user.entity';
import { Employment, Worker } from './modules/worker/worker.entity';

/** Every entity of the application, listed explicitly (no folder discovery, no reflection). */
export const entities: readonly EntityName[] = [
  Organization,
  User,
  Session,
  Invitation,
  PasswordReset,
  AuditEntry,
  Business,
  Worker,
  Employment,
  Agreement,
  OutreachTask,
  TaskTarget,
  TaskEvent,
  VisitReport,
  VisitReportWorker,
  TaskComment,
  Notification,
  AssistanceProgramme,
  EnrolmentRequest,
  EnrolmentLine,
];

/**
 * The one MikroORM configuration, shared by the server, the scripts and the tests; only the
 * connection URL differs between them.
 */
export function ormConfig(
  clientUrl: string,
  options: { debug?: boolean; logger?: (message: string) => void } = {},
): Options {
  return defineConfig({
    clientUrl,
    entities: [...entities],
    extensions: [Migrator],
    subscribers: [new TenantSubscriber()],
    debug: options.debug ? ['query', 'query-params'] : false,
    ...(options.logger ? { logger: options.logger, colors: false } : {}),
    migrations: {
      migrationsList: migrations,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    // Schema comes from committed migrations only; never from the entities at start.
    ensureDatabase: false,
    pool: { min: 0, max: 10 },
  });
}
