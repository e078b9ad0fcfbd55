import { type Caller, mayOperatePlatform } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { BackgroundJobState } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { NotAllowed } from '../access/Notices';

const JobsQuery = graphql(`
  query BackgroundJobs($states: [BackgroundJobState!]) {
    backgroundJobs(states: $states, first: 100) {
      id
      name
      state
      retryCount
      retryLimit
      createdAt
      startAfter
      startedAt
      completedAt
      error
    }
    jobSchedules {
      name
      cron
      timeZone
    }
  }
`);

const RetryJob = graphql(`
  mutation RetryBackgroundJob($input: RetryBackgroundJobInput!) {
    retryBackgroundJob(input: $input)
  }
`);

const FILTERS: Record<string, BackgroundJobState[] | null> = {
  all: null,
  waiting: ['QUEUED', 'RETRYING', 'RUNNING'],
  failed: ['FAILED'],
};

/**
 * The platform operator's view of the job queue: what waits, runs and failed (with its error),
 * a failed job put back with one button, and the schedules. Nobody else may see it (the server
 * refuses them too: jobs.rules.ts).
 */
export default function JobsPage(props: { caller: Caller }) {
  const { t } = useTranslation();
  if (!mayOperatePlatform(props.caller)) return <NotAllowed what={t('jobs.title')} who={t('jobs.who')} />;
  return <Jobs />;
}

function Jobs() {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, setFilter] = useState<keyof typeof FILTERS>('all');
  const [{ data, fetching, error }, refetch] = useQuery({
    query: JobsQuery,
    variables: { states: FILTERS[filter] },
    requestPolicy: 'cache-and-network',
  });
  const [retry, retryJob] = useMutation(RetryJob);
  const [retried, setRetried] = useState<string | null>(null);
  const jobs = data?.backgroundJobs ?? [];
  return (
    <div className="stack">
      <h1>{t('jobs.title')}</h1>
      <p className="muted">{t('jobs.intro')}</p>
      <section className="card stack">
        <div className="filters">
          <label>
            {t('jobs.show')}{' '}
            <select value={filter} onChange={(e) => setFilter(e.target.value as keyof typeof FILTERS)}>
              {Object.keys(FILTERS).map((key) => (
                <option key={key} value={key}>
                  {t(`jobs.filter.${key}`)}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" className="plain" onClick={() => refetch({ requestPolicy: 'network-only' })}>
            {t('jobs.refresh')}
          </button>
        </div>
        {(error || retry.error) && (
          <p className="error" role="alert">
            {t(`errors.${errorKey((error ?? retry.error) as NonNullable<typeof error>)}`)}
          </p>
        )}
        {retried && (
          <p className="notice" role="status">
            {t('jobs.retried')}
          </p>
        )}
        {fetching && !data ? (
          <p role="status">{t('loading')}</p>
        ) : jobs.length === 0 ? (
          <p className="muted">{t('jobs.none')}</p>
        ) : (
          <div className="jobs-scroll">
            <table className="table" data-testid="jobs">
              <thead>
                <tr>
                  <th>{t('jobs.name')}</th>
                  <th>{t('jobs.state')}</th>
                  <th>{t('jobs.created')}</th>
                  <th>{t('jobs.tries')}</th>
                  <th>{t('jobs.error')}</th>
                  <th>
                    <span className="visually-hidden">{t('jobs.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {jobs.map((job) => (
                  <tr key={job.id} data-testid="job">
                    <td>
                      {t(`jobs.names.${job.name}`, { defaultValue: job.name })}
                      <div className="muted small">{job.name}</div>
                    </td>
                    <td>
                      <span className={`badge job-${job.state.toLowerCase()}`}>{t(`jobs.states.${job.state}`)}</span>
                      {job.state === 'RETRYING' && (
                        <div className="muted small">{t('jobs.nextTry', { at: format.dateTime(job.startAfter) })}</div>
                      )}
                    </td>
                    <td>{format.dateTime(job.createdAt)}</td>
                    <td>{t('jobs.triesOf', { count: job.retryCount + 1, limit: job.retryLimit + 1 })}</td>
                    <td className="job-error">{job.error ?? ''}</td>
                    <td>
                      {job.state === 'FAILED' && (
                        <button
                          type="button"
                          disabled={retry.fetching}
                          onClick={() =>
                            void retryJob({ input: { id: job.id } }).then((result) => {
                              if (!result.error) {
                                setRetried(job.id);
                                refetch({ requestPolicy: 'network-only' });
                              }
                            })
                          }
                        >
                          {t('jobs.retry')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="card stack">
        <h2>{t('jobs.schedules')}</h2>
        <ul data-testid="schedules">
          {data?.jobSchedules.map((s) => (
            <li key={s.name}>
              {t(`jobs.names.${s.name}`, { defaultValue: s.name })} — <code>{s.cron}</code> ({s.timeZone})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
