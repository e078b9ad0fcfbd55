import {
  type BusinessDraft,
  checkBusiness,
  type FieldProblem,
  KBLI_SECTIONS,
  regencies,
  SIZE_CLASSES,
  sheetNumber,
  sizeClassFrom,
} from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { BusinessFields } from '../../gql/graphql';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { Field } from '../registry/Field';
import { byField, useFreshServerProblems, useProblemMessages } from '../registry/problems';

/** The stored values an edit starts from. */
export const BusinessFormFragment = graphql(`
  fragment BusinessForm_Business on Business {
    legalForm
    name
    nib
    cooperativeNumber
    kbliSection
    sizeClass
    regencyCode
    districtCode
    villageCode
    address
    contactName
    contactPhone
    foundedYear
    kadinMember
  }
`);

export interface FormState {
  legalForm: string;
  name: string;
  nib: string;
  cooperativeNumber: string;
  kbliSection: string;
  sizeClass: string;
  regency: string;
  district: string;
  village: string;
  address: string;
  contactName: string;
  contactPhone: string;
  foundedYear: string;
  kadinMember: boolean;
}

export const EMPTY: FormState = {
  legalForm: 'UMKM',
  name: '',
  nib: '',
  cooperativeNumber: '',
  kbliSection: 'C',
  sizeClass: 'MIKRO',
  regency: '',
  district: '',
  village: '',
  address: '',
  contactName: '',
  contactPhone: '',
  foundedYear: '',
  kadinMember: false,
};

function toFields(form: FormState): BusinessFields & BusinessDraft {
  const year = form.foundedYear.trim();
  return { ...form, foundedYear: year ? Number(year) : null };
}

/** PP 7/2021 from capital or annual sales: suggests the size class, the user decides. */
function SizeCalculator(props: { onUse: (size: string) => void }) {
  const { t } = useTranslation();
  const [capital, setCapital] = useState('');
  const [sales, setSales] = useState('');
  const size = sizeClassFrom({ capital: sheetNumber(capital), annualSales: sheetNumber(sales) });
  return (
    <details className="full">
      <summary>{t('businesses.sizeHelper')}</summary>
      <div className="row">
        <label>
          {t('businesses.capital')}
          <input inputMode="numeric" value={capital} onChange={(e) => setCapital(e.target.value)} />
        </label>
        <label>
          {t('businesses.annualSales')}
          <input inputMode="numeric" value={sales} onChange={(e) => setSales(e.target.value)} />
        </label>
      </div>
      {size && (
        <p role="status">
          {size === 'BESAR' ? t('businesses.sizeLarge') : t('businesses.sizeIs', { size: t(`size.${size}`) })}{' '}
          {size !== 'BESAR' && (
            <button type="button" className="plain" onClick={() => props.onUse(size)}>
              {t('businesses.useSize')}
            </button>
          )}
        </p>
      )}
    </details>
  );
}

/** The form: every field checked as it is typed, with the same checks the server runs. */
export function BusinessForm(props: {
  initial: FormState;
  viewer: RegistryViewerProp;
  busy: boolean;
  serverProblems: FieldProblem[];
  onSubmit: (fields: BusinessFields) => void;
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const access = registryAccess(props.viewer);
  const [form, setForm] = useState(props.initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const checked = checkBusiness(toFields(form), access.keeper);
  const local = checked.ok ? {} : byField(checked.problems);
  const remote = useFreshServerProblems(props.serverProblems, form);
  const errorOf = (field: string) => {
    const problem = (submitted || touched[field] ? local[field] : undefined) ?? remote[field];
    return problem ? message(problem) : undefined;
  };
  const set = (field: keyof FormState) => (value: string | boolean) => setForm((f) => ({ ...f, [field]: value }));
  const input = (field: keyof FormState, extra: Record<string, unknown> = {}) => ({
    id: `business-${field}`,
    'data-testid': `business-${field}`,
    value: String(form[field]),
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': errorOf(field) ? `business-${field}-error` : undefined,
    onBlur: () => setTouched((t) => ({ ...t, [field]: true })),
    ...extra,
  });
  const regency = regencies().find((r) => r.code === form.regency);
  const district = regency?.districts.find((d) => d.code === form.district);
  const choices =
    access.keeper.kind === 'REGENCY' ? regencies().filter((r) => r.code === access.keeper.regencyCode) : regencies();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (checked.ok) props.onSubmit(toFields(form));
  };
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-busy={props.busy}>
      <Field id="business-legalForm" label={t('registry.legalForm')} error={errorOf('legalForm')}>
        <select {...input('legalForm')} onChange={(e) => set('legalForm')(e.target.value)}>
          <option value="UMKM">UMKM</option>
          <option value="KOPERASI">Koperasi</option>
        </select>
      </Field>
      <Field id="business-name" label={t('businesses.name')} error={errorOf('name')}>
        <input {...input('name')} onChange={(e) => set('name')(e.target.value)} />
      </Field>
      <Field id="business-nib" label="NIB" error={errorOf('nib')} hint={t('businesses.nibHint')}>
        <input {...input('nib', { inputMode: 'numeric' })} onChange={(e) => set('nib')(e.target.value)} />
      </Field>
      {form.legalForm === 'KOPERASI' && (
        <Field
          id="business-cooperativeNumber"
          label={t('businesses.cooperativeNumber')}
          error={errorOf('cooperativeNumber')}
        >
          <input {...input('cooperativeNumber')} onChange={(e) => set('cooperativeNumber')(e.target.value)} />
        </Field>
      )}
      <Field id="business-kbliSection" label={t('registry.sector')} error={errorOf('kbliSection')}>
        <select {...input('kbliSection')} onChange={(e) => set('kbliSection')(e.target.value)}>
          {Object.entries(KBLI_SECTIONS).map(([code, title]) => (
            <option key={code} value={code}>
              {code} — {title}
            </option>
          ))}
        </select>
      </Field>
      <Field id="business-sizeClass" label={t('registry.size')} error={errorOf('sizeClass')}>
        <select {...input('sizeClass')} onChange={(e) => set('sizeClass')(e.target.value)}>
          {SIZE_CLASSES.map((s) => (
            <option key={s} value={s}>
              {t(`size.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      <SizeCalculator onUse={(size) => set('sizeClass')(size)} />
      <Field id="business-regency" label={t('registry.regency')} error={errorOf('regency')}>
        <select
          {...input('regency')}
          onChange={(e) => setForm((f) => ({ ...f, regency: e.target.value, district: '', village: '' }))}
        >
          <option value="">—</option>
          {choices.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="business-district" label={t('registry.district')} error={errorOf('district')}>
        <select
          {...input('district')}
          disabled={!regency}
          onChange={(e) => setForm((f) => ({ ...f, district: e.target.value, village: '' }))}
        >
          <option value="">—</option>
          {regency?.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <Field
        id="business-village"
        label={t('places.village')}
        error={errorOf('village')}
        hint={district ? undefined : t('places.chooseDistrictFirst')}
      >
        <select {...input('village')} disabled={!district} onChange={(e) => set('village')(e.target.value)}>
          <option value="">{t('places.noVillage')}</option>
          {district?.villages.map((v) => (
            <option key={v.code} value={v.code}>
              {v.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="business-address" label={t('businesses.address')} error={errorOf('address')}>
        <input {...input('address')} onChange={(e) => set('address')(e.target.value)} />
      </Field>
      <Field id="business-contactName" label={t('businesses.contactName')} error={errorOf('contactName')}>
        <input {...input('contactName')} onChange={(e) => set('contactName')(e.target.value)} />
      </Field>
      <Field id="business-contactPhone" label={t('businesses.contactPhone')} error={errorOf('contactPhone')}>
        <input {...input('contactPhone', { inputMode: 'tel' })} onChange={(e) => set('contactPhone')(e.target.value)} />
      </Field>
      <Field id="business-foundedYear" label={t('businesses.foundedYear')} error={errorOf('foundedYear')}>
        <input
          {...input('foundedYear', { inputMode: 'numeric' })}
          onChange={(e) => set('foundedYear')(e.target.value)}
        />
      </Field>
      {access.keeper.kind !== 'CHAMBER' && (
        <label className="check">
          <input
            type="checkbox"
            data-testid="business-kadinMember"
            checked={form.kadinMember}
            onChange={(e) => set('kadinMember')(e.target.checked)}
          />
          {t('businesses.kadinMember')}
        </label>
      )}
      <div className="row full">
        <button type="submit" data-testid="business-submit" disabled={props.busy}>
          {props.submitLabel}
        </button>
        {submitted && !checked.ok && (
          <span className="error" role="alert">
            {t('registry.fixFields', { count: checked.problems.length })}
          </span>
        )}
      </div>
    </form>
  );
}

/** The form's values for an edit of a stored business. */
export function formStateOf(ref: FragmentType<typeof BusinessFormFragment>): FormState {
  const business = getFragmentData(BusinessFormFragment, ref);
  return {
    legalForm: business.legalForm,
    name: business.name,
    nib: business.nib ?? '',
    cooperativeNumber: business.cooperativeNumber ?? '',
    kbliSection: business.kbliSection,
    sizeClass: business.sizeClass,
    regency: business.regencyCode,
    district: business.districtCode,
    village: business.villageCode ?? '',
    address: business.address,
    contactName: business.contactName ?? '',
    contactPhone: business.contactPhone ?? '',
    foundedYear: business.foundedYear ? String(business.foundedYear) : '',
    kadinMember: business.kadinMember,
  };
}
