import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { BusinessesArgs, enumOf } from '../business/business.type';
import { ConnectionArgs, connectionType } from '../common/connection';
import { DateTimeScalar } from '../common/date-time';
import { Node, toGlobalId } from '../common/node';
import { OrganizationType } from '../organization/organization.type';
import {
  AGREEMENT_SCOPES,
  type AgreementScope,
  type AgreementStatus,
  agreementStatus,
  type IAgreement,
} from './agreement.entity';

export const AgreementScopeEnum = enumOf(
  AGREEMENT_SCOPES,
  'AgreementScope',
  'BUSINESS_DIRECTORY: business identity, region, sector, size and worker counts (no worker data). AGGREGATES: statistics only. ENROLMENT: the personal data (NIK, name, birth date, income, business) of the workers in enrolment requests sent to the grantee, while it processes them and 30 days after.',
);
export const AgreementStatusEnum = enumOf(['ACTIVE', 'FUTURE', 'EXPIRED', 'REVOKED'] as const, 'AgreementStatus');
export const AgreementDirectionEnum = enumOf(['GRANTED', 'RECEIVED'] as const, 'AgreementDirection');

/**
 * The terms of an agreement as signed: what granting one sends and what the agreement shows.
 * A base only, named by no resolver, so it is no GraphQL type of its own; `number` is declared on
 * each (described only on input).
 */
@ObjectType()
@InputType()
export abstract class AgreementTermsFields {
  @Field(() => AgreementScopeEnum)
  scope!: AgreementScope;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: '`YYYY-MM-DD`.' })
  signedOn!: string;

  @Field(() => String)
  validFrom!: string;

  @Field(() => String)
  validUntil!: string;
}

@ObjectType('Agreement', { implements: Node, description: 'A data-sharing agreement (MoU) between two tenants.' })
export class AgreementType extends AgreementTermsFields implements Node {
  static readonly typename = 'Agreement';

  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType, { description: 'Whose data is shared.' })
  grantor!: OrganizationType;

  @Field(() => OrganizationType, { description: 'Who may see it.' })
  grantee!: OrganizationType;

  @Field(() => String)
  number!: string;

  @Field(() => AgreementStatusEnum)
  status!: AgreementStatus;

  @Field(() => DateTimeScalar, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => String, { nullable: true })
  revokedBy!: string | null;

  @Field(() => Int)
  version!: number;

  /** Grantor and grantee must be loaded. */
  static from(entity: IAgreement, today = new Date().toISOString().slice(0, 10)): AgreementType {
    return Object.assign(new AgreementType(), {
      id: toGlobalId(AgreementType.typename, entity.id),
      grantor: OrganizationType.from(entity.organization),
      grantee: OrganizationType.from(entity.grantee),
      scope: entity.scope,
      title: entity.title,
      number: entity.number,
      signedOn: String(entity.signedOn),
      validFrom: String(entity.validFrom),
      validUntil: String(entity.validUntil),
      status: agreementStatus(entity, today),
      revokedAt: entity.revokedAt ?? null,
      revokedBy: entity.revokedBy ?? null,
      version: entity.version,
    });
  }
}

export const AgreementConnection = connectionType('Agreement', AgreementType);

@ArgsType()
export class AgreementsArgs extends ConnectionArgs {
  @Field(() => AgreementDirectionEnum, { nullable: true, description: 'Only those granted by, or to, the caller.' })
  direction?: 'GRANTED' | 'RECEIVED' | null;
}

@InputType('GrantAgreementInput')
export class GrantAgreementInput extends AgreementTermsFields {
  @Field(() => ID, { description: 'The partner organisation (see `organizations`).' })
  granteeId!: string;

  @Field(() => String, { description: 'The agreement’s number, as signed.' })
  number!: string;
}

@ArgsType()
export class PartnerBusinessesArgs extends BusinessesArgs {
  @Field(() => ID, { description: 'The grantor organisation.' })
  grantorId!: string;
}

@ObjectType('CoverageGroup', {
  description:
    'Counts for one region × sector × size × legal form, with small groups suppressed (docs/privacy.md, "Small groups").',
})
export class CoverageGroupType {
  @Field(() => String)
  regencyCode!: string;

  @Field(() => String)
  districtCode!: string;

  @Field(() => String)
  kbliSection!: string;

  @Field(() => String)
  sizeClass!: string;

  @Field(() => String)
  legalForm!: string;

  @Field(() => Int)
  businesses!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Rounded to a multiple of 5; null when the group has 1–4 workers (shown as "<5").',
  })
  workers!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rounded to a multiple of 5; null for 1–4 (shown as "<5").' })
  enrolled!: number | null;

  @Field(() => Boolean, { description: 'A count of the group was suppressed as describing fewer than 5 people.' })
  suppressed!: boolean;
}
