import {
  JKK_RISK_CLASSES,
  type JkkRiskClass,
  PAYERS_FOR,
  type Payer,
  PROGRAMMES,
  type Programme,
} from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Abbr } from '../glossary/Glossary';
import { ContributionTable } from './ContributionTable';
import { type DraftLine, lineContribution, lineProblems } from './draft';

/** An assistance programme a line may be charged to (what the builder needs of it). */
export interface AssistanceChoice {
  id: string;
  name: string;
  programmes: readonly Programme[];
}

/**
 * The lines of the request being built: per line the programmes, the wage or income, who pays,
 * the monthly contribution and what stops it from being sent. Each line is a card, so a phone
 * shows it whole.
 */
export function DraftLines(props: {
  lines: readonly DraftLine[];
  on: string;
  /** The request's assistance programme, when one is chosen. */
  assistance: AssistanceChoice | null;
  onChange: (workerId: string, change: Partial<DraftLine>) => void;
  onRemove: (workerId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <ol className="draft-lines" data-testid="draft-lines">
      {props.lines.map((line) => {
        const problems = lineProblems(line, props.assistance !== null);
        const contribution = lineContribution(line, props.on, props.assistance?.programmes);
        const offered = line.workerType === 'BPU' ? PROGRAMMES.filter((p) => p !== 'JP' && p !== 'JKP') : PROGRAMMES;
        return (
          <li key={line.workerId} className={problems.length ? 'card draft-line has-problems' : 'card draft-line'}>
            <div className="row spread">
              <div>
                <strong>{line.fullName}</strong>{' '}
                <span className="muted small">
                  <Abbr code={line.workerType} /> · {t(`coverageStatus.${line.coverageStatus}`)}
                  {line.businessName && ` · ${line.businessName}`}
                </span>
              </div>
              <button
                type="button"
                className="plain small"
                aria-label={t('enrolment.builder.removeLine', { name: line.fullName })}
                onClick={() => props.onRemove(line.workerId)}
              >
                {t('enrolment.builder.remove')}
              </button>
            </div>
            <fieldset className="choices">
              <legend>{t('enrolment.line.programmes')}</legend>
              {offered.map((p) => (
                <label key={p} className="check">
                  <input
                    type="checkbox"
                    checked={line.programmes.includes(p)}
                    onChange={(e) =>
                      props.onChange(line.workerId, {
                        programmes: e.target.checked
                          ? PROGRAMMES.filter((x) => x === p || line.programmes.includes(x))
                          : line.programmes.filter((x) => x !== p),
                      })
                    }
                  />
                  <Abbr code={p} />
                </label>
              ))}
            </fieldset>
            <div className="row">
              <label>
                {line.workerType === 'PU' ? t('enrolment.line.wage') : t('enrolment.line.income')}
                <input
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1000}
                  data-testid="line-wage"
                  value={line.monthlyWage || ''}
                  onChange={(e) => props.onChange(line.workerId, { monthlyWage: Number(e.target.value) })}
                />
              </label>
              {line.workerType === 'PU' && (
                <label>
                  {t('enrolment.line.riskClass')}
                  <select
                    value={line.jkkRiskClass}
                    onChange={(e) =>
                      props.onChange(line.workerId, { jkkRiskClass: Number(e.target.value) as JkkRiskClass })
                    }
                  >
                    {JKK_RISK_CLASSES.map((c) => (
                      <option key={c} value={c}>
                        {t(`enrolment.riskClass.${c}`)}
                      </option>
                    ))}
                  </select>
                </label>
              )}
              <label>
                {t('enrolment.line.payer')}
                <select
                  data-testid="line-payer"
                  value={line.payer}
                  onChange={(e) => props.onChange(line.workerId, { payer: e.target.value as Payer })}
                >
                  {PAYERS_FOR[line.workerType].map((p) => (
                    <option key={p} value={p}>
                      {p === 'ASSISTANCE' && props.assistance
                        ? t('enrolment.line.assistanceOption', { name: props.assistance.name })
                        : t(`enrolment.payer.${p}`)}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {problems.length > 0 && (
              <ul className="error small" data-testid="line-problems">
                {problems.map((p) => (
                  <li key={p}>{t(`enrolment.problem.${p}`)}</li>
                ))}
              </ul>
            )}
            <details>
              <summary>
                {t('enrolment.line.monthly')}:{' '}
                <strong data-testid="line-total">{format.rupiah(contribution.total)}</strong>
              </summary>
              <ContributionTable contribution={contribution} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
