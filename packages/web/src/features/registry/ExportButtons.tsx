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
  // The server names the files too (its name wins); the masked and the full export never share one.
  const fileName = (format: 'csv' | 'xlsx', full = false) =>
    `${props.kind === 'businesses' ? 'usaha' : `pekerja-${full ? 'data-pribadi-lengkap' : 'disamarkan'}`}.${format}`;
  return (
    <div className="row export" data-testid="export">
      <span className="muted small">{t('registry.export')}</span>
      <a className="button secondary" href={href('csv')} download={fileName('csv')}>
        CSV
      </a>
      <a className="button secondary" href={href('xlsx')} download={fileName('xlsx')}>
        XLSX
      </a>
      {props.allowFull && (
        <a
          className="button plain"
          href={href('xlsx', true)}
          download={fileName('xlsx', true)}
          data-testid="export-full"
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
