import { checkWorker, type FieldProblem, PROGRAMMES, SIZE_CLASSES, type SizeClass } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { WorkerFields } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { ReadOnlyNotice } from '../access/Notices';
import { AbbrList } from '../glossary/Glossary';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { Field } from '../registry/Field';
import { byField, conflictOf, serverProblems, useFreshServerProblems, useProblemMessages } from '../registry/problems';
import { StatusBadge } from './WorkersPage';

const WorkerQuery = graphql(`
  query Worker($id: ID!) {
    node(id: $id) {
      ... on Worker {
        __typename
        id
        nik
        fullName
        sex
        birthYear
        workerType
        occupation
        phone
        kpj
        coverageStatus
        programmes
        enrolledOn
        version
        archivedAt
        businesses {
          id
          name
          sizeClass
        }
      }
    }
  }
`);

const PersonalDataQuery = graphql(`
  query WorkerPersonalData($id: ID!) {
    node(id: $id) {
      ... on Worker {
        __typename
        id
        personalData {
          nik
          birthDate
          monthlyIncome
          phone
        }
      }
    }
  }
`);

const BusinessChoices = graphql(`
  query BusinessChoices($search: String) {
    businesses(first: 50, filter: { search: $search }) {
      edges {
        node {
          id
          name
          nib
          sizeClass
          districtName
        }
      }
    }
  }
`);

const CreateWorker = graphql(`
  mutation CreateWorker($input: WorkerFields!) {
    createWorker(input: $input) {
      id
    }
  }
`);

const UpdateWorker = graphql(`
  mutation UpdateWorker($input: UpdateWorkerInput!) {
    updateWorker(input: $input) {
      id
      fullName
      version
      coverageStatus
      programmes
    }
  }
`);

const UpdateWorkerDetails = graphql(`
  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {
    updateWorkerDetails(input: $input) {
      id
      fullName
      version
      coverageStatus
      programmes
    }
  }
`);

const ArchiveWorker = graphql(`
  mutation ArchiveWorker($input: VersionedIdInput!) {
    archiveWorker(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

const RestoreWorker = graphql(`
  mutation RestoreWorker($input: VersionedIdInput!) {
    restoreWorker(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

interface Chosen {
  id: string;
  name: string;
  sizeClass: SizeClass;
}

interface FormState {
  businesses: Chosen[];
  nik: string;
  fullName: string;
  workerType: string;
  occupation: string;
  monthlyIncome: string;
  phone: string;
  coverageStatus: string;
  kpj: string;
  programmes: string[];
  enrolledOn: string;
}

const EMPTY: FormState = {
  businesses: [],
  nik: '',
  fullName: '',
  workerType: 'PU',
  occupation: '',
  monthlyIncome: '',
  phone: '',
  coverageStatus: 'NOT_ENROLLED',
  kpj: '',
  programmes: [],
  enrolledOn: '',
};

function toFields(form: FormState): WorkerFields {
  const income = form.monthlyIncome.replace(/[.\s]/g, '');
  return {
    businessIds: form.businesses.map((b) => b.id),
    nik: form.nik.trim(),
    fullName: form.fullName,
    workerType: form.workerType,
    occupation: form.occupation,
    monthlyIncome: income ? Number(income) : null,
    phone: form.phone,
    coverageStatus: form.coverageStatus,
    kpj: form.kpj,
    programmes: form.programmes,
    enrolledOn: form.enrolledOn || null,
  };
}

/** Choose the businesses a worker works for, from the tenant's own registry. */
function BusinessPicker(props: { chosen: Chosen[]; onChange: (chosen: Chosen[]) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: BusinessChoices, variables: { search: search || null } });
  const options = (data?.businesses.edges ?? [])
    .map((e) => e.node)
    .filter((b) => !props.chosen.some((c) => c.id === b.id));
  return (
    <fieldset className={props.error ? 'field full invalid' : 'field full'}>
      <legend>{t('workers.businesses')}</legend>
      <ul className="chips">
        {props.chosen.map((b) => (
          <li key={b.id}>
            {b.name}{' '}
            <button
              type="button"
              className="plain"
              aria-label={t('common.remove')}
              onClick={() => props.onChange(props.chosen.filter((c) => c.id !== b.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input
          type="search"
          data-testid="business-search"
          aria-label={t('workers.findBusiness')}
          placeholder={t('workers.findBusiness')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <select
          data-testid="business-choice"
          aria-label={t('workers.addBusiness')}
          value=""
          onChange={(e) => {
            const b = options.find((o) => o.id === e.target.value);
            if (b) props.onChange([...props.chosen, { id: b.id, name: b.name, sizeClass: b.sizeClass }]);
          }}
        >
          <option value="">{t('workers.addBusiness')}</option>
          {options.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({b.nib ?? b.districtName})
            </option>
          ))}
        </select>
      </div>
      {props.error && (
        <span className="error small" role="alert" data-testid="worker-businessIds-error">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}

/** The fields only a full (revealed, audited) edit shows; an edit without a reveal leaves them as stored. */
const PERSONAL_FIELDS = ['nik', 'monthlyIncome', 'phone'];

function WorkerForm(props: {
  initial: FormState;
  /** False: an edit without the personal data, which stays as stored. */
  personal?: boolean;
  busy: boolean;
  serverProblems: FieldProblem[];
  onSubmit: (fields: WorkerFields) => void;
}) {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const [form, setForm] = useState(props.initial);
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const fields = toFields(form);
  const sizeClass = form.businesses.reduce<SizeClass | null>(
    (max, b) => (!max || SIZE_CLASSES.indexOf(b.sizeClass) > SIZE_CLASSES.indexOf(max) ? b.sizeClass : max),
    null,
  );
  const checked = checkWorker({ ...fields, monthlyIncome: fields.monthlyIncome ?? null }, { sizeClass });
  const personal = props.personal ?? true;
  const problems = checked.ok ? [] : checked.problems.filter((p) => personal || !PERSONAL_FIELDS.includes(p.field));
  const local = byField(problems);
  if (form.businesses.length === 0) local.businessIds = { field: 'businessIds', problem: 'REQUIRED' };
  const remote = useFreshServerProblems(props.serverProblems, form);
  const errorOf = (field: string) => {
    const problem = (submitted || touched[field] ? local[field] : undefined) ?? remote[field];
    return problem ? message(problem) : undefined;
  };
  const set = (field: keyof FormState) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const input = (field: keyof FormState, extra: Record<string, unknown> = {}) => ({
    id: `worker-${field}`,
    'data-testid': `worker-${field}`,
    value: String(form[field]),
    'aria-invalid': errorOf(field) ? true : undefined,
    'aria-describedby': errorOf(field) ? `worker-${field}-error` : undefined,
    onBlur: () => setTouched((t) => ({ ...t, [field]: true })),
    ...extra,
  });
  const valid = problems.length === 0 && form.businesses.length > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (valid) props.onSubmit(fields);
  };
  return (
    <form className="card form-grid" onSubmit={submit} noValidate aria-busy={props.busy}>
      <BusinessPicker
        chosen={form.businesses}
        onChange={(businesses) => setForm((f) => ({ ...f, businesses }))}
        error={errorOf('businessIds')}
      />
      {personal && (
        <Field id="worker-nik" label="NIK" error={errorOf('nik')} hint={t('workers.nikHint')}>
          <input
            {...input('nik', { inputMode: 'numeric', autoComplete: 'off' })}
            onChange={(e) => set('nik')(e.target.value)}
          />
        </Field>
      )}
      <Field id="worker-fullName" label={t('workers.name')} error={errorOf('fullName')}>
        <input {...input('fullName')} onChange={(e) => set('fullName')(e.target.value)} />
      </Field>
      <Field id="worker-workerType" label={t('workers.type')} error={errorOf('workerType')}>
        <select {...input('workerType')} onChange={(e) => set('workerType')(e.target.value)}>
          <option value="PU">{t('workerType.PU')}</option>
          <option value="BPU">{t('workerType.BPU')}</option>
        </select>
      </Field>
      <Field id="worker-occupation" label={t('workers.occupation')} error={errorOf('occupation')}>
        <input {...input('occupation')} onChange={(e) => set('occupation')(e.target.value)} />
      </Field>
      {personal ? (
        <>
          <Field id="worker-monthlyIncome" label={t('workers.income')} error={errorOf('monthlyIncome')}>
            <input
              {...input('monthlyIncome', { inputMode: 'numeric' })}
              onChange={(e) => set('monthlyIncome')(e.target.value)}
            />
          </Field>
          <Field id="worker-phone" label={t('workers.phone')} error={errorOf('phone')}>
            <input {...input('phone', { inputMode: 'tel' })} onChange={(e) => set('phone')(e.target.value)} />
          </Field>
        </>
      ) : (
        <p className="muted small full" data-testid="personal-kept">
          {t('workers.personalKept')}
          {PERSONAL_FIELDS.map((field) => remote[field] && ` ${message(remote[field])}`)}
        </p>
      )}
      <Field id="worker-coverageStatus" label={t('registry.coverageStatus')} error={errorOf('coverageStatus')}>
        <select {...input('coverageStatus')} onChange={(e) => set('coverageStatus')(e.target.value)}>
          {(['NOT_ENROLLED', 'ENROLLED', 'LAPSED'] as const).map((s) => (
            <option key={s} value={s}>
              {t(`coverageStatus.${s}`)}
            </option>
          ))}
        </select>
      </Field>
      {form.coverageStatus !== 'NOT_ENROLLED' && (
        <>
          <Field id="worker-kpj" label={t('workers.kpj')} error={errorOf('kpj')}>
            <input {...input('kpj', { inputMode: 'numeric' })} onChange={(e) => set('kpj')(e.target.value)} />
          </Field>
          <Field id="worker-enrolledOn" label={t('workers.enrolledOn')} error={errorOf('enrolledOn')}>
            <input {...input('enrolledOn', { type: 'date' })} onChange={(e) => set('enrolledOn')(e.target.value)} />
          </Field>
        </>
      )}
      <fieldset className={errorOf('programmes') ? 'field full invalid' : 'field full'}>
        <legend>{t('workers.programmes')}</legend>
        <div className="row">
          {PROGRAMMES.map((p) => (
            <label key={p} className="check" title={t(`programme.${p}`)}>
              <input
                type="checkbox"
                data-testid={`programme-${p}`}
                checked={form.programmes.includes(p)}
                onChange={(e) =>
                  setForm((f) => ({
                    ...f,
                    programmes: e.target.checked ? [...f.programmes, p] : f.programmes.filter((x) => x !== p),
                  }))
                }
              />
              {p}
            </label>
          ))}
        </div>
        {errorOf('programmes') && (
          <span className="error small" role="alert" data-testid="worker-programmes-error">
            {errorOf('programmes')}
          </span>
        )}
      </fieldset>
      <div className="row full">
        <button type="submit" data-testid="worker-submit" disabled={props.busy}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

export function NewWorkerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [{ fetching, error }, create] = useMutation(CreateWorker);
  return (
    <div className="stack">
      <p>
        <Link to="/pekerja">← {t('workers.title')}</Link>
      </p>
      <h1>{t('workers.new')}</h1>
      {error && serverProblems(error).length === 0 && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(error)}`)}
        </p>
      )}
      <WorkerForm
        initial={EMPTY}
        busy={fetching}
        serverProblems={serverProblems(error)}
        onSubmit={(input) =>
          void create({ input }).then((result) => {
            const id = result.data?.createWorker.id;
            if (id) navigate(`/pekerja/${id}`, { replace: true });
          })
        }
      />
    </div>
  );
}

/** Shows the personal data in full on request; the server audits each time. */
function PersonalData(props: {
  id: string;
  onLoaded: (data: { nik: string; monthlyIncome: number | null; phone: string | null }) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const [shown, setShown] = useState(false);
  const [{ data, fetching, error }] = useQuery({
    query: PersonalDataQuery,
    variables: { id: props.id },
    pause: !shown,
    requestPolicy: 'network-only',
  });
  const personal = data?.node?.__typename === 'Worker' ? data.node.personalData : null;
  if (!shown) {
    return (
      <button type="button" className="secondary" data-testid="reveal" onClick={() => setShown(true)}>
        {t('workers.reveal')}
      </button>
    );
  }
  if (fetching) return <p role="status">{t('loading')}</p>;
  if (error || !personal)
    return (
      <p className="error" role="alert">
        {t(`errors.${error ? errorKey(error) : 'UNKNOWN'}`)}
      </p>
    );
  return (
    <div className="notice" data-testid="personal-data">
      <p className="muted small">{t('workers.revealAudited')}</p>
      <dl className="facts">
        <dt>NIK</dt>
        <dd className="mono">{personal.nik}</dd>
        <dt>{t('workers.birthDate')}</dt>
        <dd>{f.date(personal.birthDate as string)}</dd>
        <dt>{t('workers.income')}</dt>
        <dd>{personal.monthlyIncome === null ? '—' : f.rupiah(personal.monthlyIncome)}</dd>
        <dt>{t('workers.phone')}</dt>
        <dd>{personal.phone ?? '—'}</dd>
      </dl>
      <button type="button" className="plain" data-testid="edit-personal" onClick={() => props.onLoaded(personal)}>
        {t('workers.editPersonal')}
      </button>
    </div>
  );
}

export default function WorkerPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const access = registryAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({ query: WorkerQuery, variables: { id } });
  const [fullUpdate, saveFull] = useMutation(UpdateWorker);
  const [detailsUpdate, saveDetails] = useMutation(UpdateWorkerDetails);
  const [archiving, archive] = useMutation(ArchiveWorker);
  const [restoring, restore] = useMutation(RestoreWorker);
  // `personal`: the edit started from the revealed personal data and may change it.
  const [editing, setEditing] = useState<(FormState & { personal: boolean }) | null>(null);
  const [saved, setSaved] = useState(0);
  const worker = data?.node?.__typename === 'Worker' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!worker) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const versioned = { id: worker.id, expectedVersion: worker.version };
  const update = editing?.personal ? fullUpdate : detailsUpdate;
  const conflict = conflictOf(update.error) ?? conflictOf(archiving.error) ?? conflictOf(restoring.error);
  // A full edit starts from the (audited) personal data; an edit without it leaves the NIK,
  // income and phone as stored, so changing an occupation needs no reveal.
  const startEditing = (personal: { nik: string; monthlyIncome: number | null; phone: string | null } | null) => {
    setSaved(0);
    setEditing({
      personal: personal !== null,
      businesses: worker.businesses.map((b) => ({ id: b.id, name: b.name, sizeClass: b.sizeClass })),
      nik: personal?.nik ?? '',
      fullName: worker.fullName,
      workerType: worker.workerType,
      occupation: worker.occupation ?? '',
      monthlyIncome: personal?.monthlyIncome == null ? '' : String(personal.monthlyIncome),
      phone: personal?.phone ?? '',
      coverageStatus: worker.coverageStatus,
      kpj: worker.kpj ?? '',
      programmes: [...worker.programmes],
      enrolledOn: worker.enrolledOn ?? '',
    });
  };
  const submit = (fields: WorkerFields) => {
    const done = (result: { error?: unknown }) => {
      if (result.error) return;
      setEditing(null);
      setSaved((n) => n + 1);
    };
    if (editing?.personal) void saveFull({ input: { ...versioned, fields } }).then(done);
    else {
      const { nik: _nik, monthlyIncome: _income, phone: _phone, ...details } = fields;
      void saveDetails({ input: { ...versioned, fields: details } }).then(done);
    }
  };
  return (
    <div className="stack">
      <p>
        <Link to="/pekerja">← {t('workers.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="worker-title">{worker.fullName}</h1>
        <StatusBadge status={worker.coverageStatus} />
      </div>
      {conflict && (
        <div className="notice error" role="alert" data-testid="conflict">
          <p>{t('registry.conflict')}</p>
          <ul>
            {conflict.map((change) => (
              <li key={change.field}>
                {t(`fields.${change.field}`, { defaultValue: change.field })}
                {change.by ? ` (${change.by})` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="secondary" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('registry.reload')}
          </button>
        </div>
      )}
      {editing ? (
        <WorkerForm
          initial={editing}
          personal={editing.personal}
          busy={update.fetching}
          serverProblems={serverProblems(update.error)}
          onSubmit={submit}
        />
      ) : (
        <section className="card stack">
          {saved > 0 && <SavedNotice key={saved} />}
          <dl className="facts">
            <dt>NIK</dt>
            <dd className="mono" data-testid="worker-nik-masked">
              {worker.nik}
            </dd>
            <dt>{t('workers.sexAndYear')}</dt>
            <dd>
              {t(`sex.${worker.sex}`)}, {worker.birthYear}
            </dd>
            <dt>{t('workers.type')}</dt>
            <dd>
              {t(`workerType.${worker.workerType}`)}
              {worker.occupation ? ` · ${worker.occupation}` : ''}
            </dd>
            <dt>{t('workers.phone')}</dt>
            <dd>{worker.phone ?? '—'}</dd>
            <dt>{t('workers.kpj')}</dt>
            <dd>{worker.kpj ?? '—'}</dd>
            <dt>{t('workers.programmes')}</dt>
            <dd>{worker.programmes.length ? <AbbrList codes={worker.programmes} /> : '—'}</dd>
            <dt>{t('workers.enrolledOn')}</dt>
            <dd>{worker.enrolledOn ? f.date(worker.enrolledOn as string) : '—'}</dd>
            <dt>{t('workers.businesses')}</dt>
            <dd>
              {worker.businesses.map((b) => (
                <Link key={b.id} className="block" to={`/usaha/${b.id}`}>
                  {b.name}
                </Link>
              ))}
            </dd>
          </dl>
          {access.canViewPersonalData && (
            <PersonalData id={worker.id} onLoaded={(personal) => access.canEdit && startEditing(personal)} />
          )}
        </section>
      )}
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      <div className="row">
        {access.canEdit && !editing && !worker.archivedAt && (
          <button type="button" data-testid="edit" onClick={() => startEditing(null)}>
            {t('common.edit')}
          </button>
        )}
        {editing && (
          <button type="button" className="plain" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        )}
        {access.canEdit && !worker.archivedAt && (
          <button
            type="button"
            className="danger"
            data-testid="archive"
            onClick={() => {
              if (window.confirm(t('workers.confirmArchive', { name: worker.fullName })))
                void archive({ input: versioned });
            }}
          >
            {t('registry.archive')}
          </button>
        )}
        {access.canEdit && worker.archivedAt && (
          <button type="button" data-testid="restore" onClick={() => void restore({ input: versioned })}>
            {t('registry.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
