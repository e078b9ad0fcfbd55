import { ORGANIZATION_KINDS, type OrganizationKind, regencies } from '@jamsos/schema';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../common/connection';
import { Node, toGlobalId, uuidFromGlobalId } from '../common/node';
import type { OrganizationRecord } from './organization.service';

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

  static from(entity: OrganizationRecord): OrganizationType {
    return Object.assign(new OrganizationType(), {
      id: toGlobalId(OrganizationType.typename, entity.id),
      code: entity.code,
      name: entity.name,
      kind: entity.kind,
      regencyCode: entity.regencyCode ?? null,
      regencyName: regencies().find((regency) => regency.code === entity.regencyCode)?.name ?? null,
    });
  }
}

export const OrganizationConnection = connectionType('Organization', OrganizationType);

@InputType('ProvisionTenantInput')
export class ProvisionTenantInput {
  @Field(() => String, { description: 'Short lower-case code, e.g. `kota-magelang`.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => OrganizationKindEnum)
  kind!: OrganizationKind;

  @Field(() => String, { nullable: true, description: 'Kemendagri code; required for REGENCY tenants.' })
  regencyCode?: string | null;

  @Field(() => String)
  adminEmail!: string;

  @Field(() => String)
  adminName!: string;
}

@ObjectType('ProvisionTenantPayload')
export class ProvisionTenantPayload {
  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => String, { description: "The first admin's one-time set-password link. Shown once." })
  invitationUrl!: string;
}

/**
 * An organisation's uuid from its global id. An unknown or malformed id becomes an id no
 * organisation has, so it meets the same answer as a partner without an agreement.
 */
export function organizationUuidFrom(globalId: string): string {
  return uuidFromGlobalId(globalId, OrganizationType.typename) ?? '00000000-0000-0000-0000-000000000000';
}
