import { BUSINESS_COLUMNS, importProblemMessage, WORKER_COLUMNS } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/format';
import { type ImportProgress, type ImportReport, uploadImport } from './upload';

const MAX_SHOWN = 200;

/** One CSV field: quoted when needed; a cell that a spreadsheet would run as a formula is kept as text. */
function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+@\t\r]|^-\D/.test(value) ? `'${value}` : value;
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The dry run's problems as a CSV file (line, column, value, problem in the user's language). */
function downloadProblems(
  report: ImportReport,
  headings: readonly string[],
  locale: 'id' | 'en',
  fileName: string,
): void {
  const rows = report.problems.map((p) =>
    [p.line, p.column ?? '', p.value ?? '', importProblemMessage(p.problem, p.params, locale)].map(csvField).join(','),
  );
  // A byte-order mark, so spreadsheets read the file as UTF-8.
  const blob = new Blob([`\uFEFF${[headings.map(csvField).join(','), ...rows].join('\r\n')}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

function ProgressBar(props: { progress: ImportProgress | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (!props.progress) return null;
  const percent = props.progress.total > 0 ? Math.round((props.progress.done / props.progress.total) * 100) : 0;
  return (
    <div className="progress" role="status" data-testid="import-progress">
      <span>{t(`import.phase.${props.progress.phase}`)}</span>
      <progress max={100} value={percent} aria-label={t(`import.phase.${props.progress.phase}`)} />
      <span>{f.percent(percent / 100)}</span>
    </div>
  );
}

/** Upload → dry-run report → commit: nothing is written until the file is clean and confirmed. */
export default function ImportPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const kind = params.get('jenis') === 'pekerja' ? 'workers' : 'businesses';
  const layout = kind === 'businesses' ? BUSINESS_COLUMNS : WORKER_COLUMNS;
  const locale = i18n.language.startsWith('en') ? 'en' : 'id';
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const run = (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    setProgress({ phase: 'upload', done: 0, total: file.size });
    uploadImport(kind, file, commit, setProgress)
      // The list pages ask the server again on their next visit (cache-and-network).
      .then(setReport)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : 'UNKNOWN'))
      .finally(() => {
        setBusy(false);
        setProgress(null);
      });
  };
  const clean = report !== null && report.problems.length === 0;

  return (
    <div className="stack">
      <h1>{t('import.title')}</h1>
      <div className="row tabs" role="tablist">
        {(['usaha', 'pekerja'] as const).map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            aria-selected={params.get('jenis') === value || (value === 'usaha' && kind === 'businesses')}
            className={(value === 'usaha') === (kind === 'businesses') ? '' : 'secondary'}
            onClick={() => {
              setParams({ jenis: value });
              setReport(null);
              setFile(null);
            }}
          >
            {t(`import.kind.${value}`)}
          </button>
        ))}
      </div>
      <section className="card stack">
        <h2>{t('import.step1')}</h2>
        <p className="muted">{t(`import.intro.${kind}`)}</p>
        <div className="row">
          <a
            className="button secondary"
            href={`/api/templates/${kind}?format=xlsx`}
            download
            data-testid="template-xlsx"
          >
            {t('import.template')} (XLSX)
          </a>
          <a className="button secondary" href={`/api/templates/${kind}?format=csv`} download>
            {t('import.template')} (CSV)
          </a>
        </div>
        <details>
          <summary>{t('import.columns')}</summary>
          <table className="table compact">
            <thead>
              <tr>
                <th>{t('import.column')}</th>
                <th>{t('import.required')}</th>
                <th>{t('import.meaning')}</th>
                <th>{t('import.example')}</th>
              </tr>
            </thead>
            <tbody>
              {layout.map((column) => (
                <tr key={column.key}>
                  <td data-label={t('import.column')}>{column.heading}</td>
                  <td data-label={t('import.required')}>{column.required ? t('common.yes') : t('common.no')}</td>
                  <td data-label={t('import.meaning')}>{column.help[locale]}</td>
                  <td data-label={t('import.example')} className="mono">
                    {column.example}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </section>
      <section className="card stack">
        <h2>{t('import.step2')}</h2>
        <input
          type="file"
          data-testid="import-file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setReport(null);
          }}
        />
        <div className="row">
          <button type="button" data-testid="dry-run" disabled={!file || busy} onClick={() => run(false)}>
            {t('import.check')}
          </button>
        </div>
        <ProgressBar progress={progress} />
        {failure && (
          <p className="error" role="alert">
            {t(`errors.${failure}`, { defaultValue: t('errors.UNKNOWN') })}
          </p>
        )}
      </section>
      {report && (
        <section className="card stack" data-testid="import-report">
          <h2>{report.committed ? t('import.done') : t('import.step3')}</h2>
          <p data-testid="import-summary">
            {t('import.summary', {
              rows: report.rows,
              valid: report.validRows,
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
            })}
          </p>
          {report.problems.length > 0 ? (
            <>
              <p className="error" role="alert">
                {t('import.problems', { count: report.problems.length })}
              </p>
              <div className="row">
                <button
                  type="button"
                  className="secondary"
                  data-testid="download-problems"
                  onClick={() =>
                    downloadProblems(
                      report,
                      [t('import.line'), t('import.column'), t('import.value'), t('import.reason')],
                      locale,
                      `${t('import.problemsFile')}-${(file?.name ?? kind).replace(/\.[^.]+$/, '')}.csv`,
                    )
                  }
                >
                  {t('import.downloadProblems')}
                </button>
              </div>
              <table className="table compact" data-testid="import-problems">
                <thead>
                  <tr>
                    <th>{t('import.line')}</th>
                    <th>{t('import.column')}</th>
                    <th>{t('import.value')}</th>
                    <th>{t('import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.slice(0, MAX_SHOWN).map((p) => (
                    <tr key={`${p.line}-${p.column}-${p.problem}`}>
                      <td data-label={t('import.line')}>{p.line}</td>
                      <td data-label={t('import.column')}>{p.column ?? '—'}</td>
                      <td data-label={t('import.value')}>{p.value || '—'}</td>
                      <td data-label={t('import.reason')}>{importProblemMessage(p.problem, p.params, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {report.problems.length > MAX_SHOWN && (
                <p className="muted">{t('import.more', { count: report.problems.length - MAX_SHOWN })}</p>
              )}
            </>
          ) : report.committed ? (
            <p className="notice" role="status" data-testid="import-committed">
              {t('import.committed')} <Link to={kind === 'businesses' ? '/usaha' : '/pekerja'}>{t('import.view')}</Link>
            </p>
          ) : (
            <button type="button" data-testid="commit" disabled={!clean || busy} onClick={() => run(true)}>
              {t('import.commit', { count: report.validRows })}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
