import {
  type BusinessDraft,
  checkBusiness,
  type FieldProblem,
  KBLI_SECTIONS,
  REGENCIES,
  SIZE_CLASSES,
  sheetNumber,
  sizeClassFrom,
} from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { BusinessFields } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { ReadOnlyNotice } from '../access/Notices';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { Field } from '../registry/Field';
import { byField, conflictOf, serverProblems, useFreshServerProblems, useProblemMessages } from '../registry/problems';
import { CoverageBar } from './BusinessesPage';

const BusinessQuery = graphql(`
  query Business($id: ID!) {
    node(id: $id) {
      ... on Business {
        __typename
        id
        legalForm
        name
        nib
        cooperativeNumber
        kbliSection
        kbliTitle
        sizeClass
        regencyCode
        regencyName
        districtCode
        districtName
        address
        contactName
        contactPhone
        foundedYear
        kadinMember
        workerCount
        enrolledCount
        coverageRate
        version
        archivedAt
        updatedAt
      }
    }
  }
`);

const CreateBusiness = graphql(`
  mutation CreateBusiness($input: BusinessFields!) {
    createBusiness(input: $input) {
      id
    }
  }
`);

const UpdateBusiness = graphql(`
  mutation UpdateBusiness($input: UpdateBusinessInput!) {
    updateBusiness(input: $input) {
      id
      name
      version
      updatedAt
    }
  }
`);

const ArchiveBusiness = graphql(`
  mutation ArchiveBusiness($input: VersionedIdInput!) {
    archiveBusiness(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

const RestoreBusiness = graphql(`
  mutation RestoreBusiness($input: VersionedIdInput!) {
    restoreBusiness(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

interface FormState {
  legalForm: string;
  name: string;
  nib: string;
  cooperativeNumber: string;
  kbliSection: string;
  sizeClass: string;
  regency: string;
  district: string;
  address: string;
  contactName: string;
  contactPhone: string;
  foundedYear: string;
  kadinMember: boolean;
}

const EMPTY: FormState = {
  legalForm: 'UMKM',
  name: '',
  nib: '',
  cooperativeNumber: '',
  kbliSection: 'C',
  sizeClass: 'MIKRO',
  regency: '',
  district: '',
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
function BusinessForm(props: {
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
  const regency = REGENCIES.find((r) => r.code === form.regency);
  const regencies =
    access.keeper.kind === 'REGENCY' ? REGENCIES.filter((r) => r.code === access.keeper.regencyCode) : REGENCIES;
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
          onChange={(e) => setForm((f) => ({ ...f, regency: e.target.value, district: '' }))}
        >
          <option value="">—</option>
          {regencies.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="business-district" label={t('registry.district')} error={errorOf('district')}>
        <select {...input('district')} disabled={!regency} onChange={(e) => set('district')(e.target.value)}>
          <option value="">—</option>
          {regency?.districts.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
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

export function NewBusinessPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = registryAccess(props.viewer);
  const [{ fetching, error }, create] = useMutation(CreateBusiness);
  const initial = { ...EMPTY, regency: access.keeper.kind === 'REGENCY' ? (access.keeper.regencyCode ?? '') : '' };
  return (
    <div className="stack">
      <p>
        <Link to="/usaha">← {t('businesses.title')}</Link>
      </p>
      <h1>{t('businesses.new')}</h1>
      {error && serverProblems(error).length === 0 && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      <BusinessForm
        initial={initial}
        viewer={props.viewer}
        busy={fetching}
        serverProblems={serverProblems(error)}
        submitLabel={t('common.save')}
        onSubmit={(input) =>
          void create({ input }).then((result) => {
            const id = result.data?.createBusiness.id;
            if (id) navigate(`/usaha/${id}`, { replace: true });
          })
        }
      />
    </div>
  );
}

export default function BusinessPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const access = registryAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({ query: BusinessQuery, variables: { id } });
  const [update, save] = useMutation(UpdateBusiness);
  const [archiving, archive] = useMutation(ArchiveBusiness);
  const [restoring, restore] = useMutation(RestoreBusiness);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const business = data?.node?.__typename === 'Business' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!business) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const conflict = conflictOf(update.error) ?? conflictOf(archiving.error) ?? conflictOf(restoring.error);
  const actionError = archiving.error ?? restoring.error;
  const initial: FormState = {
    legalForm: business.legalForm,
    name: business.name,
    nib: business.nib ?? '',
    cooperativeNumber: business.cooperativeNumber ?? '',
    kbliSection: business.kbliSection,
    sizeClass: business.sizeClass,
    regency: business.regencyCode,
    district: business.districtCode,
    address: business.address,
    contactName: business.contactName ?? '',
    contactPhone: business.contactPhone ?? '',
    foundedYear: business.foundedYear ? String(business.foundedYear) : '',
    kadinMember: business.kadinMember,
  };
  const versioned = { id: business.id, expectedVersion: business.version };
  return (
    <div className="stack">
      <p>
        <Link to="/usaha">← {t('businesses.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="business-title">{business.name}</h1>
        {business.archivedAt && <span className="badge status-deactivated">{t('registry.archivedBadge')}</span>}
      </div>
      {conflict && (
        <div className="notice error" role="alert" data-testid="conflict">
          <p>{t('registry.conflict')}</p>
          <ul>
            {conflict.map((change) => (
              <li key={change.field}>
                {t(`fields.${change.field}`, { defaultValue: change.field })}:{' '}
                <strong>{String(change.after ?? '—')}</strong>
                {change.by ? ` (${change.by})` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('registry.reload')}
          </button>
        </div>
      )}
      {actionError && !conflict && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(actionError)}`)}
        </p>
      )}
      {editing ? (
        <BusinessForm
          key={business.version}
          initial={initial}
          viewer={props.viewer}
          busy={update.fetching}
          serverProblems={serverProblems(update.error)}
          submitLabel={t('common.save')}
          onSubmit={(fields) =>
            void save({ input: { ...versioned, fields } }).then((result) => {
              if (result.error) return;
              setEditing(false);
              setSaved((n) => n + 1);
            })
          }
        />
      ) : (
        <section className="card stack">
          {saved > 0 && <SavedNotice key={saved} />}
          <dl className="facts">
            <dt>{t('registry.legalForm')}</dt>
            <dd>{t(`legalFormName.${business.legalForm}`)}</dd>
            <dt>NIB</dt>
            <dd>{business.nib ?? '—'}</dd>
            <dt>{t('registry.sector')}</dt>
            <dd>
              {business.kbliSection} — {business.kbliTitle}
            </dd>
            <dt>{t('registry.size')}</dt>
            <dd>{t(`size.${business.sizeClass}`)}</dd>
            <dt>{t('registry.district')}</dt>
            <dd>
              {business.districtName}, {business.regencyName}
            </dd>
            <dt>{t('businesses.address')}</dt>
            <dd>{business.address}</dd>
            <dt>{t('businesses.contactName')}</dt>
            <dd>
              {business.contactName ?? '—'} {business.contactPhone ? `· ${business.contactPhone}` : ''}
            </dd>
            <dt>{t('businesses.foundedYear')}</dt>
            <dd>{business.foundedYear ?? '—'}</dd>
            <dt>Kadin</dt>
            <dd>{business.kadinMember ? t('common.yes') : t('common.no')}</dd>
            <dt>{t('businesses.workers')}</dt>
            <dd data-testid="business-counts">
              {t('businesses.counts', {
                enrolled: f.number(business.enrolledCount),
                workers: f.number(business.workerCount),
              })}{' '}
              <CoverageBar rate={business.coverageRate} />
              <span className="muted small block">{t('words.sharedWorkersNote')}</span>
            </dd>
            <dt>{t('registry.updatedAt')}</dt>
            <dd>{f.dateTime(business.updatedAt as string)}</dd>
          </dl>
        </section>
      )}
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      <div className="row">
        <Link className="button secondary" to={`/pekerja?usaha=${encodeURIComponent(business.id)}`}>
          {t('businesses.showWorkers')}
        </Link>
        {access.canEdit && !editing && !business.archivedAt && (
          <button
            type="button"
            data-testid="edit"
            onClick={() => {
              setSaved(0);
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </button>
        )}
        {access.canEdit && editing && (
          <button type="button" className="plain" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        )}
        {access.canEdit && !business.archivedAt && (
          <button
            type="button"
            className="danger"
            data-testid="archive"
            onClick={() => {
              if (window.confirm(t('businesses.confirmArchive', { name: business.name })))
                void archive({ input: versioned });
            }}
          >
            {t('registry.archive')}
          </button>
        )}
        {access.canEdit && business.archivedAt && (
          <button type="button" data-testid="restore" onClick={() => void restore({ input: versioned })}>
            {t('registry.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
