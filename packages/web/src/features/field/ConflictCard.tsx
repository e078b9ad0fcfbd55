import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useClient } from 'urql';
import { useFormat } from '../../i18n/format';
import { useProblemMessages } from '../registry/problems';
import { type Change, discard, enqueue, syncNow } from './outbox';

/**
 * A change the server refused, with the officer's version beside the server's, and a choice.
 * Nothing leaves the phone until the officer chooses.
 */
export function ConflictCard(props: { change: Change }) {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const format = useFormat();
  const navigate = useNavigate();
  const client = useClient();
  const { change } = props;
  const conflict = change.conflict;
  if (!conflict) return null;
  const drop = () => {
    if (window.confirm(t('field.conflict.confirmDrop'))) discard(change.clientId);
  };
  const retry = () => {
    const { conflict: _, ...waiting } = change;
    enqueue(waiting as Change);
    void syncNow(client);
  };
  const mine =
    change.kind === 'worker'
      ? [
          [t('field.worker.fullName'), change.input.fullName],
          [t('field.worker.nik'), change.input.nik],
          [t('field.worker.occupation'), change.input.occupation ?? '—'],
        ]
      : change.kind === 'interest'
        ? [[t('field.interest.title'), change.input.name]]
        : [
            [t('field.visit.visitedOn'), format.date(change.input.visitedOn)],
            [t('field.visit.peopleReached'), String(change.input.peopleReached)],
            [t('field.visit.notes'), change.input.notes || '—'],
          ];
  const server = conflict.server;
  return (
    <section className="card field-conflict" data-testid="conflict" role="alert">
      <h2>{t('field.conflict.title')}</h2>
      <p>{conflict.kind === 'NIK_EXISTS' ? t('field.conflict.nikExists') : t('field.conflict.refused')}</p>
      {conflict.kind === 'REFUSED' && conflict.problems.length > 0 && (
        <ul className="error">
          {conflict.problems.map((problem) => (
            <li key={`${problem.field}-${problem.problem}`}>{message(problem)}</li>
          ))}
        </ul>
      )}
      {conflict.kind === 'REFUSED' && conflict.reason && <p className="error">{t(`reasons.${conflict.reason}`)}</p>}
      <div className="field-versions">
        <div data-testid="conflict-mine">
          <h3>{t('field.conflict.mine')}</h3>
          <dl>
            {mine.map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
        {conflict.kind === 'REFUSED' && server?.taskStatus && (
          <div data-testid="conflict-server">
            <h3>{t('field.conflict.server')}</h3>
            <dl>
              <div>
                <dt>{t('field.conflict.taskStatus')}</dt>
                <dd>{t(`taskStatus.${server.taskStatus}`)}</dd>
              </div>
              {server.closingReason && (
                <div>
                  <dt>{t('field.conflict.closingReason')}</dt>
                  <dd>{server.closingReason}</dd>
                </div>
              )}
            </dl>
          </div>
        )}
        {conflict.kind === 'NIK_EXISTS' && (
          <div data-testid="conflict-server">
            <h3>{t('field.conflict.server')}</h3>
            {server ? (
              <dl>
                <div>
                  <dt>{t('field.worker.fullName')}</dt>
                  <dd>{server.fullName}</dd>
                </div>
                <div>
                  <dt>{t('field.worker.nik')}</dt>
                  <dd>{server.nik}</dd>
                </div>
                <div>
                  <dt>{t('field.worker.occupation')}</dt>
                  <dd>{server.occupation ?? '—'}</dd>
                </div>
                <div>
                  <dt>{t('field.worker.business')}</dt>
                  <dd>{server.businesses?.join(', ') || '—'}</dd>
                </div>
              </dl>
            ) : (
              <p className="muted">{t('field.conflict.notFound')}</p>
            )}
          </div>
        )}
      </div>
      <div className="field-actions">
        {conflict.kind === 'NIK_EXISTS' && change.kind === 'worker' ? (
          <>
            <button type="button" onClick={() => discard(change.clientId)} data-testid="use-server">
              {t('field.conflict.useServer')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="edit-mine"
              onClick={() =>
                navigate(`/lapangan/${encodeURIComponent(change.taskId)}/pekerja`, {
                  state: { clientId: change.clientId },
                })
              }
            >
              {t('field.conflict.edit')}
            </button>
          </>
        ) : (
          <>
            <button type="button" onClick={retry} data-testid="retry">
              {t('field.conflict.retry')}
            </button>
            <button type="button" className="secondary" onClick={drop} data-testid="drop">
              {t('field.conflict.drop')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
