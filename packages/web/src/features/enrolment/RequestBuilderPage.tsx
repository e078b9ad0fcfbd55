import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ContributionTotals } from './ContributionTable';
import { type AssistanceChoice, DraftLines } from './DraftLines';
import { lineContribution, lineProblems, useDraft } from './draft';
import { RegistryPicker, TaskPicker } from './WorkerPicker';

type Source = 'registry' | 'task';

/**
 * The request builder: workers gathered from the registry (filters, or one by one by name), or
 * from an outreach task's target businesses; each line priced and checked before anything is sent.
 */
export default function RequestBuilderPage() {
  const { t } = useTranslation();
  const draft = useDraft();
  const [source, setSource] = useState<Source>('registry');
  const [taskId, setTaskId] = useState<string | null>(null);
  const today = new Date().toISOString().slice(0, 10);
  const assistance: AssistanceChoice[] = [];
  const contributions = draft.lines.map((line) =>
    lineContribution(line, today, assistance.find((a) => a.id === line.assistanceProgrammeId)?.programmes),
  );
  const withProblems = draft.lines.filter((line) => lineProblems(line).length > 0).length;

  return (
    <div className="stack enrolment">
      <div className="row spread">
        <h1>{t('enrolment.builder.title')}</h1>
        <Link to="/kepesertaan" className="button secondary">
          {t('enrolment.list.title')}
        </Link>
      </div>
      <p className="muted">{t('enrolment.builder.intro')}</p>

      <section className="card stack" aria-labelledby="pick-heading">
        <h2 id="pick-heading">{t('enrolment.builder.pick')}</h2>
        <div className="tabs" role="tablist">
          {(['registry', 'task'] as const).map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={source === s}
              className={source === s ? '' : 'secondary'}
              data-testid={`source-${s}`}
              onClick={() => setSource(s)}
            >
              {t(`enrolment.builder.source.${s}`)}
            </button>
          ))}
        </div>
        {source === 'registry' ? (
          <RegistryPicker has={draft.has} onAdd={draft.add} />
        ) : (
          <TaskPicker taskId={taskId} onTask={setTaskId} onAdd={draft.add} />
        )}
      </section>

      <section className="card stack" aria-labelledby="lines-heading">
        <div className="row spread">
          <h2 id="lines-heading">{t('enrolment.builder.lines', { count: draft.lines.length })}</h2>
          {draft.lines.length > 0 && (
            <button type="button" className="plain small" onClick={draft.clear}>
              {t('enrolment.builder.clear')}
            </button>
          )}
        </div>
        {draft.lines.length === 0 ? (
          <p className="muted" data-testid="no-lines">
            {t('enrolment.builder.noLines')}
          </p>
        ) : (
          <DraftLines
            lines={draft.lines}
            on={today}
            assistance={assistance}
            onChange={draft.update}
            onRemove={draft.remove}
          />
        )}
      </section>

      {draft.lines.length > 0 && (
        <section className="card stack sticky-summary" aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t('enrolment.builder.totals')}</h2>
          <ContributionTotals contributions={contributions} testId="request-totals" />
          {withProblems > 0 ? (
            <p className="error" role="alert" data-testid="request-problems">
              {t('enrolment.builder.linesWithProblems', { count: withProblems })}
            </p>
          ) : (
            <p className="small muted">{t('enrolment.builder.readyToSend')}</p>
          )}
        </section>
      )}
    </div>
  );
}
