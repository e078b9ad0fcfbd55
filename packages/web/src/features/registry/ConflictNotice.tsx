import { useTranslation } from 'react-i18next';

export type Conflict = { field: string; after: unknown; by: string | null }[];

/**
 * A save refused because someone else changed the record first: what they changed (and, with
 * `withValues`, to what), and a button to read the record again.
 */
export function ConflictNotice(props: { conflict: Conflict; withValues?: boolean; onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice error" role="alert" data-testid="conflict">
      <p>{t('registry.conflict')}</p>
      <ul>
        {props.conflict.map((change) => (
          <li key={change.field}>
            {t(`fields.${change.field}`, { defaultValue: change.field })}
            {props.withValues && (
              <>
                : <strong>{String(change.after ?? '—')}</strong>
              </>
            )}
            {change.by ? ` (${change.by})` : ''}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={props.onReload}>
        {t('registry.reload')}
      </button>
    </div>
  );
}
