import { KBLI_SECTIONS, regencies, villageByCode } from '@jamsos/schema';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionArgs, connectionType } from '../common/connection';
import { Node, toGlobalId } from '../common/node';
import type { IBusiness } from './business.entity';
import type { WorkerCounts } from './business.loaders';
import {
  BUSINESS_COVERAGES,
  BUSINESS_SORTS,
  type BusinessCoverage,
  type BusinessRecord,
  type BusinessSort,
} from './business.service';
import { BusinessFieldsFilterInput, enumOf, LegalFormEnum, SizeClassEnum } from './business-fields.input';
import { RegistryRecordType, registryRecordOf, VersionedIdInput } from './registry-record.type';

// Declared beside the shared filter fields and record stamps; re-exported for the modules that read them from here.
export { enumOf, LegalFormEnum, SizeClassEnum, VersionedIdInput };

export const BusinessCoverageEnum = enumOf(
  BUSINESS_COVERAGES,
  'BusinessCoverage',
  'How many of a business’s workers are enrolled: none of them, some, all; or it has no workers.',
);
export const BusinessSortEnum = enumOf(BUSINESS_SORTS, 'BusinessSort');

export function regencyName(code: string): string {
  return regencies().find((r) => r.code === code)?.name ?? code;
}

export function districtName(code: string): string {
  for (const regency of regencies()) {
    const district = regency.districts.find((d) => d.code === code);
    if (district) return district.name;
  }
  return code;
}

@ObjectType('Business', { implements: Node, description: 'A cooperative (koperasi) or UMKM in the registry.' })
export class BusinessType extends RegistryRecordType implements Node {
  static readonly typename = 'Business';

  @Field(() => ID)
  id!: string;

  @Field(() => LegalFormEnum)
  legalForm!: IBusiness['legalForm'];

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Berusaha (13 digits).' })
  nib!: string | null;

  @Field(() => String, { nullable: true, description: 'Nomor Induk Koperasi (cooperatives only).' })
  cooperativeNumber!: string | null;

  @Field(() => String, { description: 'KBLI 2020 section letter.' })
  kbliSection!: string;

  @Field(() => String)
  kbliTitle!: string;

  @Field(() => SizeClassEnum)
  sizeClass!: IBusiness['sizeClass'];

  @Field(() => String)
  regencyCode!: string;

  @Field(() => String)
  regencyName!: string;

  @Field(() => String)
  districtCode!: string;

  @Field(() => String)
  districtName!: string;

  @Field(() => String, { nullable: true, description: 'Kalurahan/kelurahan code (`34.02.12.2003`), when recorded.' })
  villageCode!: string | null;

  @Field(() => String, { nullable: true })
  villageName!: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  contactName!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => Int, { nullable: true })
  foundedYear!: number | null;

  @Field(() => Boolean)
  kadinMember!: boolean;

  @Field(() => Int, { description: 'Send it back with an edit; an edit on an older version is refused.' })
  version!: number;

  /**
   * Live and enrolled workers, when they were read with the business (a list page's statement):
   * the count fields then answer at once, without a promise per field and item. Not exposed.
   */
  counts?: WorkerCounts;

  /** Another tenant's business, read under an agreement: its counts are answered protected. Not exposed. */
  shared?: boolean;

  static from(entity: BusinessRecord): BusinessType {
    return Object.assign(new BusinessType(), {
      ...registryRecordOf(entity),
      id: toGlobalId(BusinessType.typename, entity.id),
      legalForm: entity.legalForm,
      name: entity.name,
      nib: entity.nib ?? null,
      cooperativeNumber: entity.cooperativeNumber ?? null,
      kbliSection: entity.kbliSection,
      kbliTitle: KBLI_SECTIONS[entity.kbliSection as keyof typeof KBLI_SECTIONS] ?? entity.kbliSection,
      sizeClass: entity.sizeClass,
      regencyCode: entity.regencyCode,
      regencyName: regencyName(entity.regencyCode),
      districtCode: entity.districtCode,
      districtName: districtName(entity.districtCode),
      villageCode: entity.villageCode ?? null,
      villageName: entity.villageCode ? (villageByCode(entity.villageCode)?.name ?? entity.villageCode) : null,
      address: entity.address,
      contactName: entity.contactName ?? null,
      contactPhone: entity.contactPhone ?? null,
      foundedYear: entity.foundedYear ?? null,
      kadinMember: entity.kadinMember,
    });
  }
}

export const BusinessConnection = connectionType('Business', BusinessType);

@InputType('BusinessFilter')
export class BusinessFilterInput extends BusinessFieldsFilterInput {
  @Field(() => BusinessCoverageEnum, { nullable: true })
  coverage?: BusinessCoverage | null;

  @Field(() => String, { nullable: true, description: 'A name fragment, or the first digits of a NIB.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived businesses instead of live ones.' })
  archived?: boolean | null;
}

@ArgsType()
export class BusinessesArgs extends ConnectionArgs {
  @Field(() => BusinessFilterInput, { nullable: true })
  filter?: BusinessFilterInput | null;

  @Field(() => BusinessSortEnum, { defaultValue: 'NAME' })
  sort!: BusinessSort;

  @Field(() => Boolean, { defaultValue: false })
  descending!: boolean;
}

@InputType('BusinessFields', { description: 'Every field of a business, as a form holds it.' })
export class BusinessFieldsInput {
  @Field(() => String)
  legalForm!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  nib?: string | null;

  @Field(() => String, { nullable: true })
  cooperativeNumber?: string | null;

  @Field(() => String)
  kbliSection!: string;

  @Field(() => String)
  sizeClass!: string;

  @Field(() => String, { description: 'Regency code (`34.02`) or name.' })
  regency!: string;

  @Field(() => String, { description: 'District code (`34.02.12`) or name, within the regency.' })
  district!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Kalurahan/kelurahan code (`34.02.12.2003`) or name, within the district; empty for none. Left out: an edit keeps the stored village.',
  })
  village?: string | null;

  @Field(() => String)
  address!: string;

  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => Int, { nullable: true })
  foundedYear?: number | null;

  @Field(() => Boolean, { nullable: true })
  kadinMember?: boolean | null;
}

@InputType('UpdateBusinessInput')
export class UpdateBusinessInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version the edit was made on.' })
  expectedVersion!: number;

  @Field(() => BusinessFieldsInput)
  fields!: BusinessFieldsInput;
}
