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

/** `updateBusiness` input saving the business as read, with `changes` applied, on its version. */
export function updateBusinessInput(business: EditableBusiness, changes: { contactName?: string } = {}) {
  const { id, version, districtCode, regencyCode, ...fields } = business;
  return {
    id,
    expectedVersion: version,
    fields: { ...fields, district: districtCode, regency: regencyCode, ...changes },
  };
}
