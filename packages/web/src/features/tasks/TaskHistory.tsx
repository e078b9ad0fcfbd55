import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { TaskHistory_TaskFragment as HistoryData } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { Person } from './present';

/** The task's history: its events (moves, hand-overs, visit reports) and its comments, by time. */
export const TaskHistoryFragment = graphql(`
  fragment TaskHistory_Task on OutreachTask {
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
    comments {
      id
      authorName
      authorEmail
      body
      createdAt
    }
  }
`);

/** One line of the history: a status move, a hand-over, a visit report or a comment. */
type HistoryEntry =
  | { at: string; order: number; event: HistoryData['events'][number] }
  | { at: string; order: number; comment: HistoryData['comments'][number] };

function historyOf(task: HistoryData): HistoryEntry[] {
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

export function TaskHistory(props: { task: FragmentType<typeof TaskHistoryFragment> }) {
  const { t } = useTranslation();
  const task = getFragmentData(TaskHistoryFragment, props.task);
  return (
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
  );
}
