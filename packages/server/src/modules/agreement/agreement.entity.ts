import { defineEntity, type FilterQuery, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionedRecord } from '../common/columns';
import { TENANT_FILTER } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

export const AGREEMENT_SCOPES = ['BUSINESS_DIRECTORY', 'AGGREGATES', 'ENROLMENT'] as const;
export type AgreementScope = (typeof AGREEMENT_SCOPES)[number];

/**
 * An agreement belongs to its grantor and is seen by both parties: the tenant filter here is
 * "grantor or grantee", matching the table's two policies (grantor manages, grantee reads).
 */
const agreementFilter = {
  [TENANT_FILTER]: {
    name: TENANT_FILTER,
    cond: (args: { id?: string; off?: boolean }): FilterQuery<{ organization: string; grantee: string }> =>
      args.off ? {} : { $or: [{ organization: args.id ?? '' }, { grantee: args.id ?? '' }] },
    default: true,
  },
};

/** A data-sharing agreement (MoU): the grantor opens a scope of its data to the grantee for a period. */
export const Agreement = defineEntity({
  name: 'Agreement',
  tableName: 'agreement',
  filters: agreementFilter,
  properties: {
    id: uuidKey(),
    /** The grantor: the tenant that owns the data and the agreement. */
    organization: () => p.manyToOne(Organization),
    grantee: () => p.manyToOne(Organization),
    scope: p.enum(AGREEMENT_SCOPES),
    title: p.string().length(300),
    number: p.string().length(100),
    signedOn: p.date(),
    validFrom: p.date(),
    validUntil: p.date(),
    revokedAt: p.datetime().nullable(),
    revokedBy: p.string().length(254).nullable(),
    ...versionedRecord(),
  },
});

export type IAgreement = InferEntity<typeof Agreement>;

export type AgreementStatus = 'ACTIVE' | 'FUTURE' | 'EXPIRED' | 'REVOKED';

/** Where an agreement stands on a day (`YYYY-MM-DD`), the same way the database policy decides. */
export function agreementStatus(
  agreement: Pick<IAgreement, 'revokedAt' | 'validFrom' | 'validUntil'>,
  today: string,
): AgreementStatus {
  if (agreement.revokedAt) return 'REVOKED';
  if (today < String(agreement.validFrom)) return 'FUTURE';
  if (today > String(agreement.validUntil)) return 'EXPIRED';
  return 'ACTIVE';
}
