import { stringify } from 'csv-stringify/browser/esm/sync';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A figure of the dashboard: its chart, the same numbers as a table beside it (for screen
 * readers, and for reading exact values), and a CSV download of exactly that table.
 */
export function Figure(props: {
  id: string;
  title: string;
  chart: ReactNode;
  columns: string[];
  rows: (string | number)[][];
}) {
  const { t } = useTranslation();
  const download = () => {
    const csv = stringify([props.columns, ...props.rows], { bom: true });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `${props.id}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    // The browser reads the blob after this handler returns: release it a little later.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  return (
    <section className="card figure" data-testid={`figure-${props.id}`} aria-labelledby={`${props.id}-title`}>
      <header className="figure-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <button type="button" className="secondary" onClick={download} data-testid={`csv-${props.id}`}>
          {t('dashboard.csv')}
        </button>
      </header>
      <div className="figure-body">
        {props.chart}
        <div className="figure-table">
          <table>
            <caption className="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row) => (
                <tr key={String(row[0])}>
                  {row.map((cell, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                    <td key={i} className={typeof cell === 'number' ? 'num' : undefined}>
                      {typeof cell === 'number' ? cell.toLocaleString('id-ID') : cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </section>
  );
}
