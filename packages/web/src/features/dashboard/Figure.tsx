import { SMALL_GROUP_LABEL } from '@jamsos/schema';
import { stringify } from 'csv-stringify/browser/esm/sync';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Abbr } from '../glossary/Glossary';

/**
 * A cell of a figure's table: text, a count, a share (0–1) shown as a percentage, or an
 * abbreviation the glossary explains (JKK, PU…). On screen they are formatted in the user's
 * language; the CSV keeps counts and percentages as plain numbers a spreadsheet can sum.
 */
export type FigureCell = string | number | null | { percent: number | null } | { abbr: string };

export interface FigureRow {
  key: string;
  /** A heading the row is grouped under (e.g. the regency of a district). */
  section?: string | undefined;
  cells: FigureCell[];
}

function csvValue(cell: FigureCell): string | number {
  // A suppressed count (another tenant's group of fewer than 5) is written as such, never as 0.
  if (cell === null) return SMALL_GROUP_LABEL;
  if (typeof cell === 'string' || typeof cell === 'number') return cell;
  if ('percent' in cell) return cell.percent === null ? '' : Math.round(cell.percent * 1000) / 10;
  return cell.abbr;
}

/**
 * A figure of the dashboard: its chart, the same numbers as a table beside it (for screen
 * readers, and for reading exact values), and a CSV download of exactly that table.
 */
export function Figure(props: {
  id: string;
  title: string;
  chart: ReactNode;
  columns: string[];
  rows: FigureRow[];
  /** How to read the figure (e.g. that a person may count in two groups). */
  note?: string | undefined;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const screenValue = (cell: FigureCell): ReactNode => {
    if (cell === null)
      return (
        <abbr title={t('privacy.smallGroup')} data-testid="small-group">
          {SMALL_GROUP_LABEL}
        </abbr>
      );
    if (typeof cell === 'number') return f.number(cell);
    if (typeof cell === 'string') return cell;
    if ('percent' in cell) return f.share(cell.percent);
    return <Abbr code={cell.abbr} />;
  };
  const download = () => {
    const csv = stringify([props.columns, ...props.rows.map((row) => row.cells.map(csvValue))], { bom: true });
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
              {props.rows.map((row, index) => (
                <Fragment key={row.key}>
                  {row.section && row.section !== props.rows[index - 1]?.section && (
                    <tr className="figure-section">
                      <th scope="rowgroup" colSpan={props.columns.length}>
                        {row.section}
                      </th>
                    </tr>
                  )}
                  <tr>
                    {row.cells.map((cell, i) => (
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: cells of a row are positional
                        key={i}
                        className={
                          cell === null || typeof cell === 'number' || (typeof cell === 'object' && 'percent' in cell)
                            ? 'num'
                            : undefined
                        }
                      >
                        {screenValue(cell)}
                      </td>
                    ))}
                  </tr>
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {props.note && <p className="muted small figure-note">{props.note}</p>}
    </section>
  );
}
