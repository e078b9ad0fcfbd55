import { ORGANIZATION_KINDS, type OrganizationKind, REGENCIES } from '@jamsos/schema';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/connection';
import { Node, toGlobalId } from '../common/node';
import type { IOrganization } from './organization.entity';

export const OrganizationKindEnum = Object.fromEntries(ORGANIZATION_KINDS.map((kind) => [kind, kind])) as {
  [K in OrganizationKind]: K;
};
registerEnumType(OrganizationKindEnum, { name: 'OrganizationKind' });

@ObjectType('Organization', { implements: Node })
export class OrganizationType implements Node {
  static readonly typename = 'Organization';

  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true })
  regencyCode!: string | null;

  @Field(() => String, { nullable: true })
  regencyName!: string | null;

  static from(entity: IOrganization): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: toGlobalId(OrganizationType.typename, entity.id),
      code: entity.code,
      name: entity.name,
      kind: entity.kind,
      regencyCode: entity.regencyCode ?? null,
      regencyName: REGENCIES.find((regency) => regency.code === entity.regencyCode)?.name ?? null,
    });
  }
}

export const OrganizationConnection = connectionType('Organization', OrganizationType);
