import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { Person } from './present';

/** The visits reported on a task, as a table. */
export const TaskReportsFragment = graphql(`
  fragment TaskReports_Task on OutreachTask {
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
  }
`);

export function TaskReports(props: { task: FragmentType<typeof TaskReportsFragment> }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { reports } = getFragmentData(TaskReportsFragment, props.task);
  return (
    <section className="card stack">
      <h2>{t('tasks.reports')}</h2>
      {reports.length === 0 ? (
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
            {reports.map((r) => (
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
  );
}
