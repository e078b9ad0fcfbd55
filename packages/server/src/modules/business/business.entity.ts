import { LEGAL_FORMS, SIZE_CLASSES } from '@jamsos/schema';
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { uuidKey, versionedRecord } from '../common/columns';
import { tenantFilter } from '../common/tenancy';
import { Organization } from '../organization/organization.entity';

/** A cooperative (koperasi) or UMKM in a tenant's registry. */
export const Business = defineEntity({
  name: 'Business',
  tableName: 'business',
  filters: tenantFilter,
  properties: {
    id: uuidKey(),
    organization: () => p.manyToOne(Organization),
    legalForm: p.enum(LEGAL_FORMS),
    name: p.string().length(200),
    /** Nomor Induk Berusaha (OSS), 13 digits; micro businesses often have none yet. */
    nib: p.string().length(13).nullable(),
    /** Nomor Induk Koperasi: a cooperative's own number, never to be confused with a person's NIK. */
    cooperativeNumber: p.string().length(32).nullable(),
    kbliSection: p.string().length(1),
    sizeClass: p.enum(SIZE_CLASSES),
    regencyCode: p.string().length(8),
    districtCode: p.string().length(11),
    /** Kalurahan/kelurahan within the district (`34.02.12.2003`); businesses recorded before villages have none. */
    villageCode: p.string().length(13).nullable(),
    address: p.string().length(500),
    contactName: p.string().length(200).nullable(),
    contactPhone: p.string().length(20).nullable(),
    foundedYear: p.integer().nullable(),
    kadinMember: p.boolean().default(false),
    /** Archived businesses are hidden from lists and can be restored. */
    archivedAt: p.datetime().nullable(),
    ...versionedRecord(),
  },
});

export type IBusiness = InferEntity<typeof Business>;
