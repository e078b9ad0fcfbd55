import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Provider, useClient } from 'urql';
import { createFieldClient } from './client';
import { FieldVisitsPage } from './FieldVisitsPage';
import { FieldWorkerPage } from './FieldWorkerPage';
import { startSync, syncNow, useOnline, useOutbox } from './outbox';
import { FieldVisitPage } from './VisitPage';

/** Online or offline, and how many changes wait: always in sight while working in the field. */
function FieldStatus() {
  const { t } = useTranslation();
  const client = useClient();
  const online = useOnline();
  const outbox = useOutbox();
  // Every change not yet on the server counts, those waiting for the officer's decision too.
  const waiting = outbox.length;
  const sendable = outbox.some((change) => !change.conflict);
  return (
    <div className={online ? 'field-status online' : 'field-status offline'} data-testid="field-status" role="status">
      <span className="dot" aria-hidden="true" />
      <strong data-testid="connectivity">{online ? t('field.online') : t('field.offline')}</strong>
      <span data-testid="waiting" data-count={waiting}>
        {waiting > 0 ? t('field.waiting', { count: waiting }) : t('field.allSent')}
      </span>
      {online && sendable && (
        <button type="button" className="secondary" onClick={() => void syncNow(client)}>
          {t('field.syncNow')}
        </button>
      )}
    </div>
  );
}

function Syncing() {
  const client = useClient();
  useEffect(() => startSync(client), [client]);
  return null;
}

/**
 * The field mode (issue 18), a phone-first app of its own inside the portal: it needs no page of
 * the portal and no answer from the server to open, so it works where the rest cannot.
 */
export default function FieldApp() {
  const { t } = useTranslation();
  const client = useMemo(createFieldClient, []);
  return (
    <Provider value={client}>
      <Syncing />
      <div className="field-app">
        <header className="field-header">
          <Link to="/" className="field-back">
            ← {t('field.back')}
          </Link>
          <FieldStatus />
        </header>
        <main className="field-main">
          <Routes>
            <Route index element={<FieldVisitsPage />} />
            <Route path=":taskId/kunjungan" element={<FieldVisitPage />} />
            <Route path=":taskId/pekerja" element={<FieldWorkerPage />} />
          </Routes>
        </main>
      </div>
    </Provider>
  );
}
