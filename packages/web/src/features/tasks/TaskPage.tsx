import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { byField, serverProblems, useProblemMessages } from '../registry/problems';
import { type TasksViewerProp, tasksAccess } from './access';
import { nextMoves } from './moves';
import { MoveTask } from './TasksPage';

const TaskQuery = graphql(`
  query OutreachTask($id: ID!) {
    node(id: $id) {
      ... on OutreachTask {
        __typename
        id
        title
        description
        status
        priority
        dueOn
        overdue
        version
        targetWorkers
        closingReason
        createdBy
        regencyCode
        districtCode
        kbliSection
        assigneeUserName
        creator {
          id
          name
        }
        assignee {
          id
          name
        }
        progress {
          registered
          rate
        }
        targets {
          id
          name
          nib
        }
        events {
          fromStatus
          toStatus
          actorEmail
          reason
          createdAt
        }
        reports {
          id
          visitedOn
          businessName
          peopleReached
          workersRegistered
          notes
          reportedBy
        }
        comments {
          id
          authorName
          body
          createdAt
        }
      }
    }
  }
`);

const ReportVisit = graphql(`
  mutation ReportVisit($input: VisitReportInput!) {
    reportVisit(input: $input) {
      id
    }
  }
`);

const AssignTask = graphql(`
  mutation AssignTask($input: AssignOutreachTaskInput!) {
    assignOutreachTask(input: $input) {
      id
      assigneeUserName
      version
    }
  }
`);

const Colleagues = graphql(`
  query Colleagues {
    users(first: 100, status: ACTIVE) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

/** The assignee's admin hands the task to one of its people. */
function AssignPicker(props: { taskId: string; version: number; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: Colleagues });
  const [{ fetching, error }, assign] = useMutation(AssignTask);
  return (
    <label>
      {t('tasks.handTo')}
      <select
        data-testid="assign-user"
        disabled={fetching}
        defaultValue=""
        onChange={(e) =>
          void assign({
            input: { id: props.taskId, expectedVersion: props.version, userId: e.target.value || null },
          }).then((result) => {
            if (!result.error) props.onDone();
          })
        }
      >
        <option value="">—</option>
        {data?.users.edges.map((edge) => (
          <option key={edge.node.id} value={edge.node.id}>
            {edge.node.displayName}
          </option>
        ))}
      </select>
      {error && <span className="error small">{t(reasonKey(error) ?? `errors.${errorKey(error)}`)}</span>}
    </label>
  );
}

const CommentOnTask = graphql(`
  mutation CommentOnTask($input: TaskCommentInput!) {
    commentOnTask(input: $input) {
      id
    }
  }
`);

const OwnBusinesses = graphql(`
  query VisitBusinesses {
    businesses(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

function VisitForm(props: { taskId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const [{ fetching, error }, report] = useMutation(ReportVisit);
  const [{ data: own }] = useQuery({ query: OwnBusinesses });
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
        taskId: props.taskId,
        visitedOn: form.visitedOn,
        businessId: form.businessId || null,
        peopleReached: Number(form.peopleReached || 0),
        workersRegistered: Number(form.workersRegistered || 0),
        notes: form.notes,
      },
    }).then((result) => {
      if (!result.error) {
        setForm((f) => ({ ...f, peopleReached: '', workersRegistered: '', notes: '' }));
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
      <label>
        {t('tasks.business')}
        <select
          data-testid="visit-business"
          value={form.businessId}
          onChange={(e) => setForm({ ...form, businessId: e.target.value })}
        >
          <option value="">—</option>
          {own?.businesses.edges.map((edge) => (
            <option key={edge.node.id} value={edge.node.id}>
              {edge.node.name}
            </option>
          ))}
        </select>
        {problems.businessId && <span className="error small">{message(problems.businessId)}</span>}
      </label>
      <label>
        {t('tasks.peopleReached')}
        <input
          inputMode="numeric"
          data-testid="visit-people"
          value={form.peopleReached}
          onChange={(e) => setForm({ ...form, peopleReached: e.target.value })}
        />
      </label>
      <label>
        {t('tasks.workersRegistered')}
        <input
          inputMode="numeric"
          data-testid="visit-registered"
          value={form.workersRegistered}
          onChange={(e) => setForm({ ...form, workersRegistered: e.target.value })}
        />
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

export default function TaskPage(props: { viewer: TasksViewerProp }) {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const access = tasksAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({
    query: TaskQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [moving, move] = useMutation(MoveTask);
  const [commenting, comment] = useMutation(CommentOnTask);
  const [body, setBody] = useState('');
  const task = data?.node?.__typename === 'OutreachTask' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!task) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const side = task.creator.id === access.organizationId ? 'CREATOR' : 'ASSIGNEE';
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const act = (to: TaskStatus) => {
    let reason: string | null = null;
    if (to === 'DECLINED' || to === 'CANCELLED') {
      reason = window.prompt(t('tasks.reasonPrompt'));
      if (!reason) return;
    }
    void move({ input: { id: task.id, expectedVersion: task.version, to, reason } }).then(reload);
  };
  const when = (iso: string) => new Date(iso).toLocaleString(i18n.language);
  return (
    <div className="stack">
      <p>
        <Link to="/tugas">← {t('tasks.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="task-title">{task.title}</h1>
        <span className="badge" data-testid="task-status">
          {t(`taskStatus.${task.status}`)}
        </span>
      </div>
      <section className="card stack">
        <dl className="facts">
          <dt>{t('tasks.from')}</dt>
          <dd>{task.creator.name}</dd>
          <dt>{t('tasks.to')}</dt>
          <dd>
            {task.assignee.name}
            {task.assigneeUserName ? ` · ${task.assigneeUserName}` : ''}
          </dd>
          <dt>{t('tasks.due')}</dt>
          <dd className={task.overdue ? 'error' : ''}>
            {task.dueOn}
            {task.overdue ? ` · ${t('tasks.overdue')}` : ''}
          </dd>
          <dt>{t('tasks.priority')}</dt>
          <dd>{t(`priority.${task.priority}`)}</dd>
          <dt>{t('tasks.progress')}</dt>
          <dd data-testid="task-progress">
            <progress max={1} value={task.progress.rate} /> {task.progress.registered}/{task.targetWorkers}
          </dd>
          {task.closingReason && (
            <>
              <dt>{t('tasks.reason')}</dt>
              <dd>{task.closingReason}</dd>
            </>
          )}
        </dl>
        {task.description && <p>{task.description}</p>}
        {(task.regencyCode || task.districtCode || task.kbliSection) && (
          <p className="muted">
            {t('tasks.area')}: {[task.regencyCode, task.districtCode, task.kbliSection].filter(Boolean).join(' · ')}
          </p>
        )}
        {task.targets.length > 0 && (
          <>
            <h2>{t('tasks.targets')}</h2>
            <ul>
              {task.targets.map((b) => (
                <li key={b.id}>
                  {b.name} {b.nib ? <span className="muted small">({b.nib})</span> : null}
                </li>
              ))}
            </ul>
          </>
        )}
        {access.canAct && (
          <div className="row">
            {nextMoves(task.status, side).map((to) => (
              <button
                key={to}
                type="button"
                className={to === 'DECLINED' || to === 'CANCELLED' ? 'danger' : ''}
                data-testid={`move-${to}`}
                disabled={moving.fetching}
                onClick={() => act(to)}
              >
                {t(`tasks.move.${to}`)}
              </button>
            ))}
          </div>
        )}
        {access.isAdmin && side === 'ASSIGNEE' && !['DONE', 'DECLINED', 'CANCELLED'].includes(task.status) && (
          <AssignPicker taskId={task.id} version={task.version} onDone={reload} />
        )}
        {moving.error && (
          <p className="error" role="alert">
            {t(reasonKey(moving.error) ?? `errors.${errorKey(moving.error)}`)}
          </p>
        )}
      </section>
      {access.canAct && side === 'ASSIGNEE' && (task.status === 'ACCEPTED' || task.status === 'IN_PROGRESS') && (
        <VisitForm taskId={task.id} onDone={reload} />
      )}
      <section className="card stack">
        <h2>{t('tasks.reports')}</h2>
        {task.reports.length === 0 ? (
          <p className="muted">{t('tasks.noReports')}</p>
        ) : (
          <table className="table compact" data-testid="visit-reports">
            <thead>
              <tr>
                <th>{t('tasks.visitedOn')}</th>
                <th>{t('tasks.business')}</th>
                <th>{t('tasks.peopleReached')}</th>
                <th>{t('tasks.workersRegistered')}</th>
                <th>{t('tasks.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {task.reports.map((r) => (
                <tr key={r.id}>
                  <td data-label={t('tasks.visitedOn')}>{r.visitedOn}</td>
                  <td data-label={t('tasks.business')}>{r.businessName ?? '—'}</td>
                  <td data-label={t('tasks.peopleReached')}>{r.peopleReached}</td>
                  <td data-label={t('tasks.workersRegistered')}>{r.workersRegistered}</td>
                  <td data-label={t('tasks.notes')}>{r.notes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="card stack">
        <h2>{t('tasks.comments')}</h2>
        <ul className="thread" data-testid="comments">
          {task.comments.map((c) => (
            <li key={c.id}>
              <strong>{c.authorName}</strong> <span className="muted small">{when(c.createdAt)}</span>
              <p>{c.body}</p>
            </li>
          ))}
        </ul>
        {access.canAct && (
          <form
            className="stack"
            onSubmit={(e) => {
              e.preventDefault();
              void comment({ input: { taskId: task.id, body } }).then((result) => {
                if (!result.error) {
                  setBody('');
                  reload();
                }
              });
            }}
          >
            <textarea
              data-testid="comment-body"
              aria-label={t('tasks.comment')}
              rows={2}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
            <button type="submit" data-testid="comment-submit" disabled={commenting.fetching || !body.trim()}>
              {t('tasks.send')}
            </button>
          </form>
        )}
      </section>
      <section className="card">
        <h2>{t('tasks.history')}</h2>
        <ol className="history" data-testid="history">
          {task.events.map((e) => (
            <li key={`${e.toStatus}-${e.createdAt}`}>
              {when(e.createdAt)} — {e.fromStatus ? `${t(`taskStatus.${e.fromStatus}`)} → ` : ''}
              {t(`taskStatus.${e.toStatus}`)} · {e.actorEmail}
              {e.reason ? ` · “${e.reason}”` : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
