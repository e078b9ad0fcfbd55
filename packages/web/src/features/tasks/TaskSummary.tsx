import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { areaNames } from './present';

/** What a task asks, of whom, by when, and how far it has come. */
export const TaskSummaryFragment = graphql(`
  fragment TaskSummary_Task on OutreachTask {
    description
    priority
    dueOn
    overdue
    targetWorkers
    closingReason
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
  }
`);

export function TaskSummary(props: { task: FragmentType<typeof TaskSummaryFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const task = getFragmentData(TaskSummaryFragment, props.task);
  const area = areaNames(task);
  return (
    <>
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
    </>
  );
}
