import { type MonthlyContribution, PAYERS, type Payer, sumContributions } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Abbr } from '../glossary/Glossary';

/**
 * One worker's monthly contribution, programme by programme, with who pays which share; the
 * figures come from packages/schema's `monthlyContribution`, the same the server stores.
 */
export function ContributionTable(props: { contribution: MonthlyContribution; caption?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { parts, byPayer, total } = props.contribution;
  const payers = PAYERS.filter((payer) => byPayer[payer] > 0);
  return (
    <table className="table compact contribution-table" data-testid="contribution-table">
      {props.caption && <caption>{props.caption}</caption>}
      <thead>
        <tr>
          <th>{t('enrolment.contribution.programme')}</th>
          <th>{t('enrolment.contribution.rate')}</th>
          {payers.map((payer) => (
            <th key={payer} className="num">
              {t(`enrolment.payer.${payer}`)}
            </th>
          ))}
          <th className="num">{t('enrolment.contribution.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {parts.map((part) => (
          <tr key={part.programme}>
            <td data-label={t('enrolment.contribution.programme')}>
              <Abbr code={part.programme} />
            </td>
            <td data-label={t('enrolment.contribution.rate')} title={part.source}>
              {part.rate === null ? t('enrolment.contribution.flat') : percent(part.rate * 100, format.locale)}
              {part.programme === 'JKP' && (
                <span className="muted small"> · {t('enrolment.contribution.jkpFunded')}</span>
              )}
            </td>
            {payers.map((payer) => (
              <td key={payer} data-label={t(`enrolment.payer.${payer}`)} className="num">
                {format.rupiah(shareOf(part, payer))}
              </td>
            ))}
            <td data-label={t('enrolment.contribution.amount')} className="num">
              {format.rupiah(part.amount)}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('enrolment.contribution.total')}</th>
          <td />
          {payers.map((payer) => (
            <td key={payer} data-label={t(`enrolment.payer.${payer}`)} className="num">
              {format.rupiah(byPayer[payer])}
            </td>
          ))}
          <td data-label={t('enrolment.contribution.total')} className="num" data-testid="contribution-total">
            <strong>{format.rupiah(total)}</strong>
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** A rate in percent with up to two decimals: `0,24%` / `0.24%`. */
export function percent(rate: number, locale: string): string {
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(rate)}%`;
}

function shareOf(
  part: { employerAmount: number; workerAmount: number; assistanceAmount: number },
  payer: Payer,
): number {
  return payer === 'EMPLOYER' ? part.employerAmount : payer === 'WORKER' ? part.workerAmount : part.assistanceAmount;
}

/** Totals of many lines (a request, a business): a month, by payer and by programme. */
export function ContributionTotals(props: { contributions: readonly MonthlyContribution[]; testId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const sum = sumContributions(props.contributions);
  return (
    <dl className="facts contribution-totals" data-testid={props.testId ?? 'contribution-totals'}>
      <div>
        <dt>{t('enrolment.contribution.monthlyTotal')}</dt>
        <dd>
          <strong>{format.rupiah(sum.total)}</strong>
        </dd>
      </div>
      {PAYERS.filter((payer) => sum.byPayer[payer] > 0).map((payer) => (
        <div key={payer}>
          <dt>{t(`enrolment.payer.${payer}`)}</dt>
          <dd>{format.rupiah(sum.byPayer[payer])}</dd>
        </div>
      ))}
      {Object.entries(sum.byProgramme).map(([programme, amount]) => (
        <div key={programme}>
          <dt>
            <Abbr code={programme} />
          </dt>
          <dd>{format.rupiah(amount ?? 0)}</dd>
        </div>
      ))}
    </dl>
  );
}
