/** A business as read back for editing: the fields `BusinessFields` takes, under their read names. */
export interface EditableBusiness {
  id: string;
  version: number;
  name: string;
  address: string;
  contactName: string | null;
  contactPhone: string | null;
  cooperativeNumber: string | null;
  districtCode: string;
  regencyCode: string;
  foundedYear: number | null;
  kadinMember: boolean;
  kbliSection: string;
  legalForm: string;
  nib: string | null;
  sizeClass: string;
}

/** The selection that reads an `EditableBusiness`. */
export const EDITABLE_BUSINESS_FIELDS = `id version name address contactName contactPhone cooperativeNumber
  districtCode regencyCode foundedYear kadinMember kbliSection legalForm nib sizeClass`;

/**
 * `updateBusiness` input saving the business as read, with `changes` applied, on its version.
 * Fields are picked one by one: a read may carry more (`__typename`, counts) than the input takes.
 */
export function updateBusinessInput(b: EditableBusiness, changes: { contactName?: string } = {}) {
  return {
    id: b.id,
    expectedVersion: b.version,
    fields: {
      name: b.name,
      address: b.address,
      contactName: b.contactName,
      contactPhone: b.contactPhone,
      cooperativeNumber: b.cooperativeNumber,
      district: b.districtCode,
      regency: b.regencyCode,
      foundedYear: b.foundedYear,
      kadinMember: b.kadinMember,
      kbliSection: b.kbliSection,
      legalForm: b.legalForm,
      nib: b.nib,
      sizeClass: b.sizeClass,
      ...changes,
    },
  };
}
