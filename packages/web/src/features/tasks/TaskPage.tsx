import { taskMoves } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { AssignPicker } from './AssignPicker';
import { type TasksViewerProp, tasksAccess } from './access';
import { moveTask } from './moves';
import { SavedNote, StatusBadge, useSavedNote } from './present';
import { TaskComments } from './TaskComments';
import { TaskHistory } from './TaskHistory';
import { TaskReports } from './TaskReports';
import { TaskSummary } from './TaskSummary';
import { VisitForm } from './VisitForm';

// Everything the task's page shows, each part's fields declared by the component that shows
// them. The moves and the hand-over answer with it, so the page shows the new state (status,
// person, history) as soon as the server has it.
const TaskDetailFragment = graphql(`
  fragment TaskDetail on OutreachTask {
    id
    title
    status
    overdue
    version
    assigneeUserId
    creator {
      id
    }
    ...TaskSummary_Task
    ...VisitForm_Task
    ...TaskReports_Task
    ...TaskComments_Task
    ...TaskHistory_Task
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

export default function TaskPage(props: { viewer: TasksViewerProp }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = tasksAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({
    query: TaskQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [moving, move] = useMutation(MoveTaskDetail);
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
    moveTask(move, task, to, () => window.prompt(t('tasks.reasonPrompt')), mark);
  };
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
        <TaskSummary task={task} />
        {access.canAct && (
          <div className="row">
            {taskMoves(task.status, side).map((to) => (
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
      <TaskReports task={task} />
      <TaskComments task={task} canComment={access.canAct} onSaved={afterSave} />
      <TaskHistory task={task} />
    </div>
  );
}
