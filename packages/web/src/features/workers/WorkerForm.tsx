import {
  COVERAGE_STATUSES,
  checkWorker,
  type FieldProblem,
  PROGRAMMES,
  SIZE_CLASSES,
  type SizeClass,
} from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { WorkerFields } from '../../gql/graphql';
import { Field } from '../registry/Field';
import { byField, useFreshServerProblems, useProblemMessages } from '../registry/problems';
import { BusinessPicker, type Chosen } from './BusinessPicker';

/** The stored values an edit starts from (the personal data comes from its audited reveal). */
export const WorkerFormFragment = graphql(`
  fragment WorkerForm_Worker on Worker {
    fullName
    workerType
    occupation
    coverageStatus
    kpj
    programmes
    enrolledOn
    businesses {
      id
      name
      sizeClass
    }
  }
`);

/** A worker's personal data, as its reveal answers it. */
export interface Personal {
  nik: string;
  monthlyIncome: number | null;
  phone: string | null;
}

export interface FormState {
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

export const EMPTY: FormState = {
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

/** The fields only a full (revealed, audited) edit shows; an edit without a reveal leaves them as stored. */
const PERSONAL_FIELDS = ['nik', 'monthlyIncome', 'phone'];

export function WorkerForm(props: {
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
          {COVERAGE_STATUSES.map((s) => (
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

/**
 * The form's values for an edit of a stored worker: with `personal` (revealed, audited) a full
 * edit; without, the NIK, income and phone stay as stored and the form leaves them out.
 */
export function formStateOf(ref: FragmentType<typeof WorkerFormFragment>, personal: Personal | null): FormState {
  const worker = getFragmentData(WorkerFormFragment, ref);
  return {
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
  };
}
