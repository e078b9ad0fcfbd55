import { checkVersion, flushVersioned, type Versioned } from '../common/optimistic';
import type { RequestScope } from '../common/scope';
import { audit } from './audit.service';

/**
 * Archives (hides from lists, keeps everything) or restores a record, as a versioned and audited
 * edit like any other: `<prefix>.archive` / `<prefix>.restore`. It lives beside the audit log, not
 * in the shared floor, because it writes an audit entry (common/optimistic knows no feature).
 */
export async function setArchived<T extends Versioned>(
  scope: RequestScope,
  objectType: string,
  entity: T,
  expectedVersion: number,
  archived: boolean,
): Promise<T> {
  await checkVersion(scope, objectType, entity, expectedVersion);
  if (Boolean(entity.archivedAt) === archived) return entity;
  const archivedAt = archived ? new Date() : null;
  const prefix = objectType.charAt(0).toLowerCase() + objectType.slice(1);
  audit(scope, {
    action: `${prefix}.${archived ? 'archive' : 'restore'}`,
    objectType,
    objectId: entity.id,
    changes: {
      archivedAt: { before: entity.archivedAt ?? null, after: archivedAt },
      version: { before: entity.version, after: entity.version + 1 },
    },
  });
  entity.archivedAt = archivedAt;
  await flushVersioned(scope, objectType, entity.id, expectedVersion);
  return entity;
}
