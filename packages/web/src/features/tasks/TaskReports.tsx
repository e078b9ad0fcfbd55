import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
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
      latitude
      longitude
      hasPhoto
    }
  }
`);

const VisitPhotoQuery = graphql(`
  query VisitReportPhoto($reportId: ID!) {
    visitReportPhoto(reportId: $reportId)
  }
`);

/** The attendance-sheet photo, fetched only when asked for (the reporting organisation only has it). */
function ReportPhoto(props: { reportId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ data, fetching }] = useQuery({
    query: VisitPhotoQuery,
    variables: { reportId: props.reportId },
    pause: !open,
  });
  if (!open)
    return (
      <button type="button" className="plain" onClick={() => setOpen(true)} data-testid="view-photo">
        {t('field.photo.view')}
      </button>
    );
  return (
    <figure className="report-photo">
      {fetching && !data ? (
        <span role="status">{t('loading')}</span>
      ) : data?.visitReportPhoto ? (
        <img src={data.visitReportPhoto} alt={t('field.photo.label')} data-testid="report-photo" />
      ) : (
        <span className="muted">{t('field.photo.none')}</span>
      )}
      <button type="button" className="plain" onClick={() => setOpen(false)}>
        {t('field.photo.hide')}
      </button>
    </figure>
  );
}

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
              <th>{t('field.reports.place')}</th>
              <th>{t('field.reports.photo')}</th>
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
                <td data-label={t('field.reports.place')} data-testid="report-place">
                  {r.latitude != null && r.longitude != null
                    ? t('field.place.coords', { latitude: r.latitude.toFixed(2), longitude: r.longitude.toFixed(2) })
                    : '—'}
                </td>
                <td data-label={t('field.reports.photo')}>{r.hasPhoto ? <ReportPhoto reportId={r.id} /> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
