import { LEGAL_FORMS, type LegalForm, SIZE_CLASSES, type SizeClass } from '@jamsos/schema';
import { Field, InputType, registerEnumType } from 'type-graphql';

/**
 * The business fields every registry filter narrows by — the business list's, the worker list's
 * (by the worker's businesses) and the dashboard's — declared once; each filter input inherits
 * them. This file imports no other module, so each of those can import it without a circle.
 */

export function enumOf<T extends string>(values: readonly T[], name: string, description?: string): { [K in T]: K } {
  const object = Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
  registerEnumType(object, { name, description });
  return object;
}

export const LegalFormEnum = enumOf(LEGAL_FORMS, 'LegalForm');
export const SizeClassEnum = enumOf(SIZE_CLASSES, 'SizeClass', 'PP 7/2021 size classes.');

/** Where a business is, what it does, how large and which legal form: the dashboard's filter too. */
@InputType()
export abstract class RegionSectorFilterInput {
  @Field(() => String, { nullable: true })
  regencyCode?: string | null;

  @Field(() => String, { nullable: true })
  districtCode?: string | null;

  @Field(() => String, { nullable: true })
  kbliSection?: string | null;

  @Field(() => SizeClassEnum, { nullable: true })
  sizeClass?: SizeClass | null;

  @Field(() => LegalFormEnum, { nullable: true })
  legalForm?: LegalForm | null;
}

/** The same, and Kadin membership: what the business and worker lists filter businesses by. */
@InputType()
export abstract class BusinessFieldsFilterInput extends RegionSectorFilterInput {
  /** Not the dashboard's: its cells stop at the district (a district by village is dashboardVillages). */
  @Field(() => String, { nullable: true, description: 'Kalurahan/kelurahan code (`34.02.12.2003`).' })
  villageCode?: string | null;
  @Field(() => Boolean, { nullable: true })
  kadinMember?: boolean | null;
}
