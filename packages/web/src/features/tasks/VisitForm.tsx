import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { byField, serverProblems, useProblemMessages } from '../registry/problems';

/** What a visit report needs of its task: the businesses it names, or the area it covers. */
export const VisitFormFragment = graphql(`
  fragment VisitForm_Task on OutreachTask {
    id
    regencyCode
    districtCode
    kbliSection
    targets {
      id
      name
    }
  }
`);

// A report answers with itself, not the task: the page reads the task again (`onDone`).
const ReportVisit = graphql(`
  mutation ReportVisit($input: VisitReportInput!) {
    reportVisit(input: $input) {
      id
    }
  }
`);

const AreaBusinesses = graphql(`
  query VisitBusinesses($filter: BusinessFilter) {
    businesses(first: 50, filter: $filter) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/**
 * The businesses a visit may be reported on: the task's targets when it names them; for a task
 * given by area, the assignee's own registry in that area, searched by name.
 */
function VisitBusinessPicker(props: {
  targets: readonly { id: string; name: string }[];
  area: { regencyCode?: string | null; districtCode?: string | null; kbliSection?: string | null };
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const byArea = props.targets.length === 0;
  const [{ data }] = useQuery({
    query: AreaBusinesses,
    variables: {
      filter: {
        search: search.trim() || null,
        regencyCode: props.area.regencyCode ?? null,
        districtCode: props.area.districtCode ?? null,
        kbliSection: props.area.kbliSection ?? null,
      },
    },
    pause: !byArea,
  });
  const options = byArea ? (data?.businesses.edges.map((e) => e.node) ?? []) : props.targets;
  return (
    <>
      {byArea && (
        <input
          type="search"
          data-testid="visit-business-search"
          aria-label={t('tasks.visitSearch')}
          placeholder={t('tasks.visitSearch')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      )}
      <select
        data-testid="visit-business"
        aria-label={t('tasks.business')}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">—</option>
        {options.map((b) => (
          <option key={b.id} value={b.id}>
            {b.name}
          </option>
        ))}
      </select>
      <span className="muted small" data-testid="visit-business-hint">
        {byArea ? (
          <>
            {t('tasks.visitAreaHint')} <Link to="/usaha/baru">{t('tasks.addBusiness')}</Link>
          </>
        ) : (
          t('tasks.visitTargetsHint')
        )}
      </span>
    </>
  );
}

export function VisitForm(props: { task: FragmentType<typeof VisitFormFragment>; onDone: () => void }) {
  const { t } = useTranslation();
  const task = getFragmentData(VisitFormFragment, props.task);
  const message = useProblemMessages();
  const [{ fetching, error }, report] = useMutation(ReportVisit);
  const [form, setForm] = useState({
    visitedOn: new Date().toISOString().slice(0, 10),
    businessId: '',
    peopleReached: '',
    workersRegistered: '',
    notes: '',
  });
  const problems = byField(serverProblems(error));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void report({
      input: {
        taskId: task.id,
        visitedOn: form.visitedOn,
        businessId: form.businessId || null,
        peopleReached: Number(form.peopleReached || 0),
        workersRegistered: Number(form.workersRegistered || 0),
        notes: form.notes,
      },
    }).then((result) => {
      if (!result.error) {
        setForm((f) => ({ ...f, businessId: '', peopleReached: '', workersRegistered: '', notes: '' }));
        props.onDone();
      }
    });
  };
  return (
    <form className="card form-grid" onSubmit={submit} aria-busy={fetching} data-testid="visit-form">
      <h2 className="full">{t('tasks.reportVisit')}</h2>
      <label>
        {t('tasks.visitedOn')}
        <input
          type="date"
          data-testid="visit-date"
          value={form.visitedOn}
          onChange={(e) => setForm({ ...form, visitedOn: e.target.value })}
        />
        {problems.visitedOn && <span className="error small">{message(problems.visitedOn)}</span>}
      </label>
      <fieldset className="field full">
        <legend>{t('tasks.business')}</legend>
        <VisitBusinessPicker
          targets={task.targets}
          area={task}
          value={form.businessId}
          onChange={(businessId) => setForm({ ...form, businessId })}
        />
        {problems.businessId && <span className="error small">{message(problems.businessId)}</span>}
      </fieldset>
      <label>
        {t('tasks.peopleReached')}
        <input
          inputMode="numeric"
          data-testid="visit-people"
          value={form.peopleReached}
          onChange={(e) => setForm({ ...form, peopleReached: e.target.value })}
        />
        {problems.peopleReached && <span className="error small">{message(problems.peopleReached)}</span>}
      </label>
      <label>
        {t('tasks.workersRegistered')}
        <input
          inputMode="numeric"
          data-testid="visit-registered"
          value={form.workersRegistered}
          onChange={(e) => setForm({ ...form, workersRegistered: e.target.value })}
        />
        {problems.workersRegistered && <span className="error small">{message(problems.workersRegistered)}</span>}
      </label>
      <label className="full">
        {t('tasks.notes')}
        <textarea value={form.notes} onChange={(e) => setForm({ ...form, notes: e.target.value })} rows={3} />
      </label>
      {error && serverProblems(error).length === 0 && (
        <p className="error full" role="alert">
          {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
        </p>
      )}
      <div className="full">
        <button type="submit" data-testid="visit-submit" disabled={fetching}>
          {t('tasks.saveVisit')}
        </button>
      </div>
    </form>
  );
}
