import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { TaskSide, TaskStatus } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { CheckFilter, SelectFilter } from '../registry/Filters';
import { type TasksViewerProp, tasksAccess } from './access';
import { moveTask } from './moves';
import { SavedNote, useSavedNote } from './present';
import { TaskCard } from './TaskCard';

const COLUMNS: TaskStatus[] = ['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'DONE'];
const CLOSED: TaskStatus[] = ['DECLINED', 'CANCELLED'];

const TasksQuery = graphql(`
  query OutreachTasks(
    $first: Int!
    $after: String
    $side: TaskSide
    $statuses: [TaskStatus!]
    $overdue: Boolean
    $dueBefore: String
    $assigneeId: ID
  ) {
    organizations(first: 100) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    outreachTasks(
      first: $first
      after: $after
      side: $side
      statuses: $statuses
      overdue: $overdue
      dueBefore: $dueBefore
      assigneeId: $assigneeId
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          ...TaskCard_Task
        }
      }
    }
  }
`);

export const MoveTask = graphql(`
  mutation MoveTask($input: TransitionOutreachTaskInput!) {
    transitionOutreachTask(input: $input) {
      id
      status
      version
      closingReason
    }
  }
`);

/** The task board: one column per state, with the moves the caller's side may make as buttons. */
export default function TasksPage(props: { viewer: TasksViewerProp }) {
  const { t } = useTranslation();
  const access = tasksAccess(props.viewer);
  const { params, after, setParam } = useUrlFilters();
  const { saved, mark } = useSavedNote();
  const view = params.get('tampilan') === 'daftar' ? 'list' : 'board';
  const side = (params.get('sisi') as TaskSide | null) ?? null;
  const status = params.get('status') as TaskStatus | null;
  const [{ data, fetching, error }] = useQuery({
    query: TasksQuery,
    requestPolicy: 'cache-and-network',
    variables: {
      first: view === 'board' ? 100 : 20,
      after: view === 'board' ? null : after,
      side,
      statuses: status ? [status] : null,
      overdue: params.get('terlambat') === 'ya' ? true : null,
      dueBefore: params.get('tenggat'),
      assigneeId: params.get('mitra'),
    },
  });
  const [moving, move] = useMutation(MoveTask);
  const tasks = data?.outreachTasks.edges.map((e) => e.node) ?? [];
  const act = (task: { id: string; version: number }, to: TaskStatus) => {
    moveTask(move, task, to, () => window.prompt(t('tasks.reasonPrompt')), mark);
  };
  const card = (task: (typeof tasks)[number]) => (
    <TaskCard
      key={task.id}
      task={task}
      organizationId={access.organizationId}
      canAct={access.canAct}
      busy={moving.fetching}
      onMove={act}
    />
  );
  return (
    <div className="stack">
      <div className="row spread">
        <h1>{t('tasks.title')}</h1>
        <div className="row">
          <Link className="button secondary" to={view === 'board' ? '?tampilan=daftar' : '?'}>
            {view === 'board' ? t('tasks.asList') : t('tasks.asBoard')}
          </Link>
          {access.canPlan && (
            <Link className="button" to="/tugas/baru" data-testid="new-task">
              {t('tasks.new')}
            </Link>
          )}
        </div>
      </div>
      <search className="filters card">
        <SelectFilter
          label={t('tasks.side')}
          param="sisi"
          options={(['CREATED', 'ASSIGNED'] as const).map((s) => ({ value: s, label: t(`tasks.sides.${s}`) }))}
        />
        <SelectFilter
          label={t('tasks.to')}
          param="mitra"
          options={(data?.organizations.edges ?? [])
            .map((e) => e.node)
            .filter((o) => ['REGENCY', 'CHAMBER', 'PROVINCE_AGENCY'].includes(o.kind))
            .map((o) => ({ value: o.id, label: o.name }))}
        />
        <SelectFilter
          label={t('tasks.status')}
          param="status"
          options={[...COLUMNS, ...CLOSED].map((s) => ({ value: s, label: t(`taskStatus.${s}`) }))}
        />
        <label>
          {t('tasks.dueBefore')}
          <input
            type="date"
            value={params.get('tenggat') ?? ''}
            onChange={(e) => setParam('tenggat', e.target.value || null)}
          />
        </label>
        <CheckFilter label={t('tasks.overdueOnly')} param="terlambat" />
      </search>
      <SavedNote saved={saved} />
      {(moving.error || (error && !data)) && (
        <p className="error" role="alert">
          {(() => {
            const failure = moving.error ?? error;
            return failure ? t(reasonKey(failure) ?? `errors.${errorKey(failure)}`) : null;
          })()}
        </p>
      )}
      {fetching && !data ? (
        <p role="status">{t('loading')}</p>
      ) : view === 'board' ? (
        <div className="board" data-testid="task-board">
          {[...COLUMNS, ...CLOSED].map((column) => {
            const inColumn = tasks.filter((task) => task.status === column);
            if (CLOSED.includes(column) && inColumn.length === 0) return null;
            return (
              <section
                key={column}
                className="board-column"
                aria-label={t(`taskStatus.${column}`)}
                data-testid={`column-${column}`}
              >
                <h2>
                  {t(`taskStatus.${column}`)} <span className="muted">({inColumn.length})</span>
                </h2>
                {inColumn.map(card)}
              </section>
            );
          })}
        </div>
      ) : (
        <section className="card stack">
          <div className="task-list">{tasks.map(card)}</div>
          <Pager connection={data?.outreachTasks} />
        </section>
      )}
    </div>
  );
}
