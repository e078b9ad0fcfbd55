import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestScope } from '../common/scope';
import type { Viewer } from '../common/viewer';
import { organizationEntity } from '../organization/organization.entity';
import { AuditEntry } from './audit.entity';

export interface AuditRecord {
  action: string;
  objectType: string;
  objectId?: string | null;
  changes?: Record<string, unknown> | null;
}

/**
 * Writes an audit entry by the request's caller, in the request's own transaction, so the entry
 * and the change it records are committed together or not at all.
 */
export function audit(scope: RequestScope, record: AuditRecord): void {
  auditAs(scope.em, scope.viewer, record);
}

/**
 * The same, for an actor who is not (yet) a request's caller: the person who has just logged in
 * or accepted an invitation, whose tenant `em` has just entered. Everything else says `audit`.
 */
export function auditAs(em: EntityManager, actor: Pick<Viewer, 'user' | 'organization'>, record: AuditRecord): void {
  em.create(AuditEntry, {
    organization: organizationEntity(em, actor),
    actorId: actor.user.id,
    actorEmail: actor.user.email,
    action: record.action,
    objectType: record.objectType,
    objectId: record.objectId ?? null,
    changes: record.changes ?? null,
  });
}

/** `{ field: { before, after } }` for the fields whose value differs. */
export function diff<T extends object>(
  before: T,
  after: Partial<T>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    const previous = (before as Record<string, unknown>)[key];
    // Arrays (a worker's programmes) are equal when their items are.
    const same =
      Array.isArray(previous) && Array.isArray(value)
        ? JSON.stringify(previous) === JSON.stringify(value)
        : previous === value || (previous === undefined && value === null);
    if (!same) changes[key] = { before: previous, after: value };
  }
  return changes;
}
