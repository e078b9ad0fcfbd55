import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../common/date-time';

/**
 * What every registry record (a business, a worker) shows besides its own fields: whether it is
 * archived, when it was created and last changed. A base only, named by no resolver, so it is no
 * GraphQL type of its own: its fields appear on Business and Worker. `version` stays with each
 * (their descriptions differ).
 */
@ObjectType()
export abstract class RegistryRecordType {
  @Field(() => DateTimeScalar, { nullable: true })
  archivedAt!: Date | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  /** The database id, for field resolvers (not exposed: clients use the global id). */
  uuid!: string;
}

/** The stamps of a stored record, as a registry type holds them (with its version). */
export function registryRecordOf(entity: {
  id: string;
  version: number;
  archivedAt?: Date | null;
  createdAt: Date;
  updatedAt: Date;
}) {
  return {
    uuid: entity.id,
    version: entity.version,
    archivedAt: entity.archivedAt ?? null,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** Archiving, restoring and revoking send this; an edit sends it with the fields (UpdateWorkerInput). */
@InputType('VersionedIdInput', { description: 'An object and the version an action was decided on.' })
export class VersionedIdInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  expectedVersion!: number;
}
