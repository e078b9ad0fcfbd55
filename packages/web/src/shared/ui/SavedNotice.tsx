import { useTranslation } from 'react-i18next';

/**
 * "Tersimpan" after a save, announced to screen readers. Without it people could not tell a save
 * had worked and saved twice. Give it a new `key` for each save so it is announced again.
 */
export function SavedNotice(props: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p className="saved" role="status" data-testid="saved">
      ✓ {props.what ? t('common.savedWhat', { what: props.what }) : t('common.saved')}
    </p>
  );
}
