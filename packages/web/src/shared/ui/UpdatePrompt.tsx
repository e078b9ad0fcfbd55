import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/** How often an open app asks the server for a new build (besides every page load). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The installable app's update flow (issue 18): a new build's service worker waits, and the
 * officer decides when to reload, never in the middle of a form.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (registration) window.setInterval(() => void registration.update(), CHECK_EVERY_MS);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <span>{t('field.update.ready')}</span>
      <button type="button" data-testid="update-reload" onClick={() => void updateServiceWorker(true)}>
        {t('field.update.reload')}
      </button>
      <button type="button" className="secondary" onClick={() => setNeedRefresh(false)}>
        {t('field.update.later')}
      </button>
    </div>
  );
}
