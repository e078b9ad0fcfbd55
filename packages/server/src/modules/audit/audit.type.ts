import { JSONObjectResolver } from 'graphql-scalars';
import { ArgsType, Field, ID, ObjectType } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import type { IAuditEntry } from './audit.entity';

@ObjectType('AuditEntry', { implements: Node, description: 'One recorded action in a tenant (append-only).' })
export class AuditEntryType implements Node {
  static readonly typename = 'AuditEntry';

  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '`<object>.<verb>`, e.g. `user.changeRole`, or `access.denied`.' })
  action!: string;

  @Field(() => String)
  objectType!: string;

  @Field(() => String, { nullable: true })
  objectId!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => JSONObjectResolver, { nullable: true, description: '`{ field: { before, after } }`, or details.' })
  changes!: Record<string, unknown> | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  static from(entity: IAuditEntry): AuditEntryType {
    return Object.assign(new AuditEntryType(), {
      id: toGlobalId(AuditEntryType.typename, entity.id),
      action: entity.action,
      objectType: entity.objectType,
      objectId: entity.objectId ?? null,
      actorEmail: entity.actorEmail ?? null,
      changes: entity.changes ?? null,
      createdAt: entity.createdAt,
    });
  }
}

export const AuditEntryConnection = connectionType('AuditEntry', AuditEntryType);

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. `user.invite`.' })
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only actions of this person (email).' })
  actorEmail?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  since?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  until?: Date | null;
}
