import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { useFormat } from '../../i18n/format';
import { ConflictCard } from './ConflictCard';
import { type Change, useOutbox } from './outbox';
import { FieldBusinessQuery, FieldBusinessWorkersQuery } from './queries';
import { useFieldTasks } from './useFieldTasks';

function TargetCard(props: { id: string; name: string }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: FieldBusinessQuery,
    variables: { id: props.id },
    requestPolicy: 'cache-and-network',
  });
  // The workers' names, read now so the visit screen can list them without signal.
  useQuery({
    query: FieldBusinessWorkersQuery,
    variables: { businessId: props.id },
    requestPolicy: 'cache-and-network',
  });
  const business = data?.node?.__typename === 'Business' ? data.node : null;
  return (
    <li className="field-target" data-testid="field-target">
      <strong>{props.name}</strong>
      {business ? (
        <>
          <span>
            {business.address}, {business.districtName}
          </span>
          <span>
            {t('field.contact')}:{' '}
            {business.contactName || business.contactPhone
              ? [business.contactName, business.contactPhone].filter(Boolean).join(' · ')
              : t('field.noContact')}
          </span>
          <span>{t('field.workers', { count: business.workerCount, enrolled: business.enrolledCount })}</span>
        </>
      ) : (
        <span className="muted">{t('field.notCached')}</span>
      )}
    </li>
  );
}

function QueueItem(props: { change: Change }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { change } = props;
  const label =
    change.kind === 'visit'
      ? t('field.queue.visit', { date: format.date(change.input.visitedOn) })
      : change.kind === 'worker'
        ? t('field.queue.worker', { name: change.input.fullName })
        : t('field.queue.interest', { name: change.input.name });
  return (
    <li className="field-queue-item" data-testid="queued">
      <span className="field-queue-what">
        <strong>{label}</strong>
        <span className="muted small">{change.taskTitle}</span>
      </span>
      <span className={change.conflict ? 'tag conflict' : 'tag'}>
        {change.conflict ? t('field.queue.conflict') : t('field.queue.waiting')}
      </span>
    </li>
  );
}

export function FieldVisitsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const location = useLocation();
  const notice = (location.state as { notice?: string } | null)?.notice;
  const { tasks, loaded, fetching, viewer } = useFieldTasks();
  const outbox = useOutbox();
  const conflicts = outbox.filter((c) => c.conflict);
  return (
    <div className="field-stack">
      <h1>{t('field.title')}</h1>
      {notice && (
        <p className="field-notice" role="status" data-testid="field-notice">
          {t(notice)}
        </p>
      )}
      {conflicts.map((change) => (
        <ConflictCard key={change.clientId} change={change} />
      ))}
      {outbox.length > 0 && (
        <section className="card">
          <h2>{t('field.queue.title')}</h2>
          <ul className="field-queue">
            {outbox.map((change) => (
              <QueueItem key={change.clientId} change={change} />
            ))}
          </ul>
        </section>
      )}
      <p className="muted">{t('field.intro')}</p>
      {!loaded && !fetching && <p className="error">{t('field.loadFailed')}</p>}
      {loaded && !viewer && (
        <a className="button" href="/login">
          {t('field.login')}
        </a>
      )}
      {loaded && tasks.length === 0 && <p>{t('field.none')}</p>}
      {tasks.map((task) => (
        <section key={task.id} className="card field-task" data-testid="field-task">
          <h2>{task.title}</h2>
          <p className="muted">{t('field.due', { date: format.date(task.dueOn) })}</p>
          {task.description && <p>{task.description}</p>}
          <h3>{t('field.targets')}</h3>
          <ul className="field-targets">
            {task.targets.map((target) => (
              <TargetCard key={target.id} id={target.id} name={target.name} />
            ))}
          </ul>
          <div className="field-actions">
            <Link
              className="button"
              to={`/lapangan/${encodeURIComponent(task.id)}/kunjungan`}
              data-testid="record-visit"
            >
              {t('field.recordVisit')}
            </Link>
            <Link
              className="button secondary"
              to={`/lapangan/${encodeURIComponent(task.id)}/pekerja`}
              data-testid="add-worker"
            >
              {t('field.addWorker')}
            </Link>
          </div>
        </section>
      ))}
    </div>
  );
}
