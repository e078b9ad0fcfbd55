import { EDITOR_ROLES } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { byField, serverProblems, useProblemMessages } from '../registry/problems';
import { type TasksViewerProp, tasksAccess } from './access';
import { nextMoves } from './moves';
import { areaNames, SavedNote, StatusBadge, useSavedNote } from './present';

// Everything the task's page shows. The moves and the hand-over answer with it, so the page
// shows the new state (status, person, history) as soon as the server has it.
const TaskDetailFragment = graphql(`
  fragment TaskDetail on OutreachTask {
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
    regencyCode
    districtCode
    kbliSection
    assigneeUserName
    assigneeUserId
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
      kind
      fromStatus
      toStatus
      actorEmail
      actorName
      reason
      assignedToName
      visit {
        id
        visitedOn
        businessName
        peopleReached
        workersRegistered
      }
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
      reportedByName
    }
    comments {
      id
      authorName
      authorEmail
      body
      createdAt
    }
  }
`);

const TaskQuery = graphql(`
  query OutreachTask($id: ID!) {
    node(id: $id) {
      ... on OutreachTask {
        __typename
        ...TaskDetail
      }
    }
  }
`);

const MoveTaskDetail = graphql(`
  mutation MoveTaskDetail($input: TransitionOutreachTaskInput!) {
    transitionOutreachTask(input: $input) {
      ...TaskDetail
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
      ...TaskDetail
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
          email
          role
        }
      }
    }
  }
`);

/** The assignee's admin hands the task to one of its people who can work it. */
function AssignPicker(props: { taskId: string; version: number; current: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: Colleagues });
  const [{ fetching, error }, assign] = useMutation(AssignTask);
  // Who may be handed a task: active admins and staff (the server refuses anyone else).
  const people = (data?.users.edges ?? []).map((e) => e.node).filter((u) => EDITOR_ROLES.includes(u.role));
  return (
    <label>
      {t('tasks.handTo')}
      <select
        data-testid="assign-user"
        disabled={fetching || !data}
        value={props.current ?? ''}
        onChange={(e) =>
          void assign({
            input: { id: props.taskId, expectedVersion: props.version, userId: e.target.value || null },
          }).then((result) => {
            if (!result.error) props.onDone();
          })
        }
      >
        <option value="">{t('tasks.handToNobody')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName} ({t(`role.${person.role}`)})
          </option>
        ))}
      </select>
      <span className="muted small">{t('tasks.handToHint')}</span>
      {error && (
        <span className="error small" role="alert">
          {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
        </span>
      )}
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

type TaskDetail = ReturnType<typeof detailOf>;
function detailOf(ref: FragmentType<typeof TaskDetailFragment>) {
  return getFragmentData(TaskDetailFragment, ref);
}

function VisitForm(props: { task: TaskDetail; onDone: () => void }) {
  const { t } = useTranslation();
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
        taskId: props.task.id,
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
          targets={props.task.targets}
          area={props.task}
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

/**
 * A person as the page names them: the display name, with the email beside it (`withEmail`) or
 * on hover; the email alone only for entries written before names were kept.
 */
function Person(props: { name: string | null | undefined; email?: string | null; withEmail?: boolean }) {
  if (!props.name) return <span>{props.email ?? '—'}</span>;
  return (
    <span title={props.email ?? undefined}>
      <strong>{props.name}</strong>
      {props.withEmail && props.email ? <span className="muted small"> {props.email}</span> : null}
    </span>
  );
}

/** One line of the history: a status move, a hand-over, a visit report or a comment. */
type HistoryEntry =
  | { at: string; order: number; event: TaskDetail['events'][number] }
  | { at: string; order: number; comment: TaskDetail['comments'][number] };

function historyOf(task: TaskDetail): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...task.events.map((event, order) => ({ at: event.createdAt, order, event })),
    ...task.comments.map((comment, order) => ({ at: comment.createdAt, order, comment })),
  ];
  // The server orders each list; the two are merged by time (events first on a tie: a comment
  // is never written in the same request as a move).
  return entries.sort(
    (a, b) =>
      Date.parse(a.at) - Date.parse(b.at) || Number('comment' in a) - Number('comment' in b) || a.order - b.order,
  );
}

function HistoryLine(props: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { entry } = props;
  if ('comment' in entry) {
    const c = entry.comment;
    return (
      <li data-kind="COMMENT">
        <span className="muted small">{format.dateTime(c.createdAt)}</span>{' '}
        <Person name={c.authorName} email={c.authorEmail} /> {t('tasks.historyComment')}: “{c.body}”
      </li>
    );
  }
  const e = entry.event;
  const what = (() => {
    switch (e.kind) {
      case 'ASSIGNED':
        return e.assignedToName
          ? t('tasks.historyAssigned', { person: e.assignedToName })
          : t('tasks.historyUnassigned');
      case 'VISIT_REPORTED':
        return e.visit
          ? t('tasks.historyVisit', {
              date: format.date(e.visit.visitedOn),
              business: e.visit.businessName ?? t('tasks.noBusiness'),
              people: format.number(e.visit.peopleReached),
              registered: format.number(e.visit.workersRegistered),
            })
          : t('tasks.historyVisitGone');
      default:
        if (!e.toStatus) return '';
        return e.fromStatus
          ? t('tasks.historyMoved', { from: t(`taskStatus.${e.fromStatus}`), to: t(`taskStatus.${e.toStatus}`) })
          : t('tasks.historyCreated');
    }
  })();
  return (
    <li data-kind={e.kind}>
      <span className="muted small">{format.dateTime(e.createdAt)}</span>{' '}
      <Person name={e.actorName} email={e.actorEmail} /> {what}
      {e.reason ? ` · ${t('tasks.reason')}: “${e.reason}”` : ''}
    </li>
  );
}

export default function TaskPage(props: { viewer: TasksViewerProp }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { id = '' } = useParams();
  const access = tasksAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({
    query: TaskQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [moving, move] = useMutation(MoveTaskDetail);
  const [commenting, comment] = useMutation(CommentOnTask);
  const [body, setBody] = useState('');
  const { saved, mark } = useSavedNote();
  const node = data?.node?.__typename === 'OutreachTask' ? data.node : null;
  const task = node ? getFragmentData(TaskDetailFragment, node) : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!task) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const side = task.creator.id === access.organizationId ? 'CREATOR' : 'ASSIGNEE';
  // Comments and visit reports answer with themselves, not the task: the task is read again.
  // Moves and hand-overs answer with the whole task, which updates the page by itself.
  const afterSave = () => {
    refetch({ requestPolicy: 'network-only' });
    mark();
  };
  const act = (to: TaskStatus) => {
    let reason: string | null = null;
    if (to === 'DECLINED' || to === 'CANCELLED') {
      reason = window.prompt(t('tasks.reasonPrompt'));
      if (!reason) return;
    }
    void move({ input: { id: task.id, expectedVersion: task.version, to, reason } }).then((result) => {
      if (!result.error) mark();
    });
  };
  const area = areaNames(task);
  return (
    <div className="stack">
      <p>
        <Link to="/tugas">← {t('tasks.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="task-title">{task.title}</h1>
        <StatusBadge status={task.status} overdue={task.overdue} testId="task-status" />
      </div>
      <SavedNote saved={saved} />
      <section className="card stack">
        <dl className="facts">
          <dt>{t('tasks.from')}</dt>
          <dd>{task.creator.name}</dd>
          <dt>{t('tasks.to')}</dt>
          <dd data-testid="task-assignee">
            {task.assignee.name}
            {task.assigneeUserName ? ` · ${task.assigneeUserName}` : ''}
          </dd>
          <dt>{t('tasks.due')}</dt>
          <dd className={task.overdue ? 'error' : ''} data-testid="task-due">
            {format.date(task.dueOn)}
            {task.overdue ? ` · ${t('tasks.overdue')}` : ''}
          </dd>
          <dt>{t('tasks.priority')}</dt>
          <dd>{t(`priority.${task.priority}`)}</dd>
          <dt>{t('tasks.progress')}</dt>
          <dd data-testid="task-progress">
            <progress max={1} value={task.progress.rate} />{' '}
            {t('tasks.progressOf', {
              registered: format.number(task.progress.registered),
              target: format.number(task.targetWorkers),
            })}
          </dd>
          {task.closingReason && (
            <>
              <dt>{t('tasks.reason')}</dt>
              <dd>{task.closingReason}</dd>
            </>
          )}
          {area.length > 0 && (
            <>
              <dt>{t('tasks.area')}</dt>
              <dd data-testid="task-area">{area.join(' · ')}</dd>
            </>
          )}
        </dl>
        {task.description && <p>{task.description}</p>}
        {task.targets.length > 0 && (
          <>
            <h2>{t('tasks.targets')}</h2>
            <ul data-testid="task-targets">
              {task.targets.map((b) => (
                <li key={b.id}>
                  {b.name} {b.nib ? <span className="muted small">(NIB {b.nib})</span> : null}
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
          <AssignPicker taskId={task.id} version={task.version} current={task.assigneeUserId ?? null} onDone={mark} />
        )}
        {moving.error && (
          <p className="error" role="alert">
            {t(reasonKey(moving.error) ?? `errors.${errorKey(moving.error)}`)}
          </p>
        )}
      </section>
      {access.canAct && side === 'ASSIGNEE' && (task.status === 'ACCEPTED' || task.status === 'IN_PROGRESS') && (
        <VisitForm task={task} onDone={afterSave} />
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
                <th>{t('tasks.reportedBy')}</th>
                <th>{t('tasks.notes')}</th>
              </tr>
            </thead>
            <tbody>
              {task.reports.map((r) => (
                <tr key={r.id}>
                  <td data-label={t('tasks.visitedOn')}>{format.date(r.visitedOn)}</td>
                  <td data-label={t('tasks.business')}>{r.businessName ?? '—'}</td>
                  <td data-label={t('tasks.peopleReached')} className="number">
                    {format.number(r.peopleReached)}
                  </td>
                  <td data-label={t('tasks.workersRegistered')} className="number">
                    {format.number(r.workersRegistered)}
                  </td>
                  <td data-label={t('tasks.reportedBy')}>
                    <Person name={r.reportedByName} email={r.reportedBy} />
                  </td>
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
              <Person name={c.authorName} email={c.authorEmail} withEmail />{' '}
              <span className="muted small">· {format.dateTime(c.createdAt)}</span>
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
                  afterSave();
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
            {commenting.error && (
              <p className="error" role="alert">
                {t(reasonKey(commenting.error) ?? `errors.${errorKey(commenting.error)}`)}
              </p>
            )}
            <button type="submit" data-testid="comment-submit" disabled={commenting.fetching || !body.trim()}>
              {t('tasks.send')}
            </button>
          </form>
        )}
      </section>
      <section className="card">
        <h2>{t('tasks.history')}</h2>
        <ol className="history" data-testid="history">
          {historyOf(task).map((entry) => (
            <HistoryLine
              key={'comment' in entry ? entry.comment.id : `${entry.event.kind}-${entry.at}-${entry.order}`}
              entry={entry}
            />
          ))}
        </ol>
      </section>
    </div>
  );
}
