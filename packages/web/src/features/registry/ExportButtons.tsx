import { useTranslation } from 'react-i18next';

/** Downloads of what the current filter shows; the server applies the same filter and masking. */
export function ExportButtons(props: {
  kind: 'businesses' | 'workers';
  filter: Record<string, unknown>;
  sort: string;
  descending: boolean;
  allowFull: boolean;
}) {
  const { t } = useTranslation();
  const href = (format: 'csv' | 'xlsx', full = false) => {
    const filter = Object.fromEntries(
      Object.entries(props.filter).filter(([, v]) => typeof v === 'boolean' || (typeof v === 'string' && v !== '')),
    );
    const query = new URLSearchParams({
      format,
      sort: props.sort,
      descending: String(props.descending),
      filter: JSON.stringify(filter),
      ...(full ? { full: 'true' } : {}),
    });
    return `/api/exports/${props.kind}?${query.toString()}`;
  };
  return (
    <div className="row export" data-testid="export">
      <span className="muted small">{t('registry.export')}</span>
      <a className="button secondary" href={href('csv')} download>
        CSV
      </a>
      <a className="button secondary" href={href('xlsx')} download>
        XLSX
      </a>
      {props.allowFull && (
        <a
          className="button plain"
          href={href('xlsx', true)}
          download
          onClick={(event) => {
            if (!window.confirm(t('registry.confirmFullExport'))) event.preventDefault();
          }}
        >
          {t('registry.exportFull')}
        </a>
      )}
    </div>
  );
}
