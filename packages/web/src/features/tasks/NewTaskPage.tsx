import { OUTREACH_ASSIGNEES, regencies } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { TaskPriority } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { byField, serverProblems, useProblemMessages } from '../registry/problems';
import { type TasksViewerProp, tasksAccess } from './access';

const Partners = graphql(`
  query TaskPartners {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

const PartnerDirectory = graphql(`
  query PartnerDirectory($grantorId: ID!, $search: String) {
    partnerBusinesses(grantorId: $grantorId, first: 50, filter: { search: $search }) {
      totalCount
      edges {
        node {
          id
          name
          districtName
          workerCount
          enrolledCount
        }
      }
    }
  }
`);

const CreateTask = graphql(`
  mutation CreateOutreachTask($input: CreateOutreachTaskInput!) {
    createOutreachTask(input: $input) {
      id
    }
  }
`);

interface ChosenTarget {
  id: string;
  name: string;
}

export default function NewTaskPage(props: { viewer: TasksViewerProp }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const message = useProblemMessages();
  const format = useFormat();
  const access = tasksAccess(props.viewer);
  const [{ data: partners }] = useQuery({ query: Partners });
  const [{ fetching, error }, create] = useMutation(CreateTask);
  const [form, setForm] = useState({
    assigneeId: '',
    title: '',
    description: '',
    regencyCode: '',
    dueOn: '',
    priority: 'NORMAL' as TaskPriority,
    targetWorkers: '10',
  });
  const [search, setSearch] = useState('');
  // Chosen targets are kept with their names, so they stay listed (and removable) whatever the
  // search shows.
  const [chosen, setChosen] = useState<ChosenTarget[]>([]);
  const isChosen = (id: string) => chosen.some((c) => c.id === id);
  const toggle = (target: ChosenTarget, on: boolean) =>
    setChosen((c) =>
      on ? (c.some((x) => x.id === target.id) ? c : [...c, target]) : c.filter((x) => x.id !== target.id),
    );
  const [{ data: directory, error: directoryError }] = useQuery({
    query: PartnerDirectory,
    variables: { grantorId: form.assigneeId, search: search || null },
    pause: !form.assigneeId,
  });
  const problems = byField(serverProblems(error));
  const problem = (field: string) => {
    const p = problems[field];
    return p ? <span className="error small">{message(p)}</span> : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void create({
      input: {
        assigneeId: form.assigneeId,
        title: form.title,
        description: form.description,
        businessIds: chosen.map((c) => c.id),
        regencyCode: form.regencyCode || null,
        dueOn: form.dueOn,
        priority: form.priority,
        targetWorkers: Number(form.targetWorkers || 0),
      },
    }).then((result) => {
      const id = result.data?.createOutreachTask.id;
      if (id) navigate(`/tugas/${id}`, { replace: true });
    });
  };
  const assignees = (partners?.organizations.edges ?? [])
    .map((e) => e.node)
    .filter((o) => OUTREACH_ASSIGNEES.includes(o.kind) && o.id !== access.organizationId);
  return (
    <div className="stack">
      <p>
        <Link to="/tugas">← {t('tasks.title')}</Link>
      </p>
      <h1>{t('tasks.new')}</h1>
      <form className="card form-grid" onSubmit={submit} aria-busy={fetching}>
        <label>
          {t('tasks.to')}
          <select
            data-testid="task-assignee"
            value={form.assigneeId}
            onChange={(e) => {
              setForm({ ...form, assigneeId: e.target.value });
              setChosen([]);
            }}
          >
            <option value="">—</option>
            {assignees.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
          {problem('assigneeId')}
        </label>
        <label>
          {t('tasks.taskTitle')}
          <input
            data-testid="task-title-input"
            value={form.title}
            onChange={(e) => setForm({ ...form, title: e.target.value })}
          />
          {problem('title')}
        </label>
        <label>
          {t('tasks.due')}
          <input
            type="date"
            data-testid="task-due"
            value={form.dueOn}
            onChange={(e) => setForm({ ...form, dueOn: e.target.value })}
          />
          {problem('dueOn')}
        </label>
        <label>
          {t('tasks.priority')}
          <select
            value={form.priority}
            onChange={(e) => setForm({ ...form, priority: e.target.value as TaskPriority })}
          >
            {(['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const).map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('tasks.targetWorkers')}
          <input
            inputMode="numeric"
            data-testid="task-target"
            value={form.targetWorkers}
            onChange={(e) => setForm({ ...form, targetWorkers: e.target.value })}
          />
          {problem('targetWorkers')}
        </label>
        <label>
          {t('tasks.areaRegency')}
          <select
            data-testid="task-area-regency"
            value={form.regencyCode}
            onChange={(e) => setForm({ ...form, regencyCode: e.target.value })}
          >
            <option value="">—</option>
            {regencies().map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <label className="full">
          {t('tasks.description')}
          <textarea
            rows={3}
            value={form.description}
            onChange={(e) => setForm({ ...form, description: e.target.value })}
          />
        </label>
        <fieldset className="field full">
          <legend>{t('tasks.targets')}</legend>
          {!form.assigneeId ? (
            <p className="muted">{t('tasks.pickAssigneeFirst')}</p>
          ) : directoryError ? (
            <p className="muted" data-testid="no-directory">
              {t('tasks.noDirectory')}
            </p>
          ) : (
            <>
              <p className="small" data-testid="chosen-count">
                {chosen.length > 0 ? t('tasks.chosen', { count: chosen.length }) : t('tasks.noneChosen')}
              </p>
              {chosen.length > 0 && (
                <ul className="chips" data-testid="chosen-targets">
                  {chosen.map((c) => (
                    <li key={c.id} data-testid="chosen-target">
                      {c.name}{' '}
                      <button
                        type="button"
                        className="plain"
                        aria-label={t('tasks.removeTarget', { name: c.name })}
                        title={t('tasks.removeTarget', { name: c.name })}
                        data-testid="remove-target"
                        onClick={() => toggle(c, false)}
                      >
                        ×
                      </button>
                    </li>
                  ))}
                </ul>
              )}
              <input
                type="search"
                data-testid="target-search"
                aria-label={t('registry.search')}
                placeholder={t('businesses.searchHint')}
                value={search}
                onChange={(e) => setSearch(e.target.value)}
              />
              <ul className="choices" data-testid="target-choices">
                {directory?.partnerBusinesses.edges.map(({ node }) => (
                  <li key={node.id}>
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={isChosen(node.id)}
                        onChange={(e) => toggle({ id: node.id, name: node.name }, e.target.checked)}
                      />
                      {node.name}{' '}
                      <span className="muted small">
                        · {node.districtName} ·{' '}
                        {t('tasks.enrolledOf', {
                          enrolled: format.count(node.enrolledCount),
                          workers: format.count(node.workerCount),
                        })}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </>
          )}
          {problem('businessIds')}
        </fieldset>
        {error && serverProblems(error).length === 0 && (
          <p className="error full" role="alert">
            {t(`errors.${errorKey(error)}`)}
          </p>
        )}
        <div className="full">
          <button type="submit" data-testid="task-submit" disabled={fetching}>
            {t('tasks.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
