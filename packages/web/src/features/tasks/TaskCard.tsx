import { taskMoves } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { TaskStatus } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { StatusBadge } from './present';

/** What a task's card on the board (and in the list) shows. */
export const TaskCardFragment = graphql(`
  fragment TaskCard_Task on OutreachTask {
    id
    title
    status
    priority
    dueOn
    overdue
    version
    targetWorkers
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
  }
`);

/** A task as a card, with the moves the caller's side may make as buttons (for who may act). */
export function TaskCard(props: {
  task: FragmentType<typeof TaskCardFragment>;
  /** The caller's organisation: the creator's side sees the assignee, the assignee's the creator. */
  organizationId: string;
  canAct: boolean;
  busy: boolean;
  onMove: (task: { id: string; version: number }, to: TaskStatus) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const task = getFragmentData(TaskCardFragment, props.task);
  const mine = task.creator.id === props.organizationId ? 'CREATOR' : 'ASSIGNEE';
  return (
    <article
      className={`task-card priority-${task.priority.toLowerCase()}${task.overdue ? ' overdue' : ''}`}
      data-testid="task-card"
    >
      <Link to={`/tugas/${task.id}`} className="task-title">
        {task.title}
      </Link>
      <p className="muted small">
        {mine === 'CREATOR' ? `→ ${task.assignee.name}` : `← ${task.creator.name}`}
        {task.assigneeUserName ? ` · ${task.assigneeUserName}` : ''}
      </p>
      <p className="small">
        <StatusBadge status={task.status} overdue={task.overdue} testId="task-card-status" />{' '}
        <span className={task.overdue ? 'due overdue-text' : 'due'}>
          {t('tasks.due')}: {format.date(task.dueOn)}
        </span>{' '}
        <span className="badge priority">{t(`priority.${task.priority}`)}</span>
      </p>
      <p className="small" title={t('tasks.progressHint')}>
        <progress max={1} value={task.progress.rate} />{' '}
        {t('tasks.progressOf', {
          registered: format.number(task.progress.registered),
          target: format.number(task.targetWorkers),
        })}
      </p>
      {props.canAct && (
        <div className="row">
          {taskMoves(task.status, mine).map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'DECLINED' || to === 'CANCELLED' ? 'plain' : 'secondary'}
              data-testid={`move-${to}`}
              disabled={props.busy}
              onClick={() => props.onMove(task, to)}
            >
              {t(`tasks.move.${to}`)}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
