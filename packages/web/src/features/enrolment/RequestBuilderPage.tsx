import { registryMessage } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import type { Programme } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { AddLinesMutation, BuilderChoicesQuery, CreateRequestMutation, SendRequestMutation } from './api';
import { ContributionTotals } from './ContributionTable';
import { type AssistanceChoice, DraftLines } from './DraftLines';
import { groupByTerms, lineContribution, lineProblems, useDraft } from './draft';
import { RegistryPicker, TaskPicker } from './WorkerPicker';

/** A problem code as the server sends it; registryMessage words registry, coverage and enrolment codes. */
type RegistryCode = Parameters<typeof registryMessage>[0];

type Source = 'registry' | 'task';

/**
 * The request builder: workers gathered from the registry (filters, or one by one by name), or
 * from an outreach task's target businesses; each line priced and checked before anything is
 * sent. Sending makes the request on the server, adds the lines and sends it, all at once; when
 * the server still finds a problem the draft's page lists it.
 */
export default function RequestBuilderPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const draft = useDraft();
  const [source, setSource] = useState<Source>('registry');
  const [taskId, setTaskId] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  const [recipientId, setRecipientId] = useState('');
  const [assistanceId, setAssistanceId] = useState('');
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [{ data: choices }] = useQuery({ query: BuilderChoicesQuery });
  const [, create] = useMutation(CreateRequestMutation);
  const [, addLines] = useMutation(AddLinesMutation);
  const [, send] = useMutation(SendRequestMutation);

  const today = new Date().toISOString().slice(0, 10);
  const offices = choices?.organizations.edges.map((e) => e.node) ?? [];
  const programmes = choices?.assistanceProgrammes.edges.map((e) => e.node) ?? [];
  const chosen = programmes.find((p) => p.id === assistanceId);
  const assistance: AssistanceChoice | null = chosen
    ? { id: chosen.id, name: chosen.name, programmes: chosen.programmes as Programme[] }
    : null;
  const contributions = draft.lines.map((line) => lineContribution(line, today, assistance?.programmes));
  const withProblems = draft.lines.filter((line) => lineProblems(line, assistance !== null).length > 0).length;
  const office = recipientId || offices[0]?.id || '';
  const language = i18n.language === 'en' ? 'en' : 'id';

  const submit = async () => {
    setSending(true);
    setFailure(null);
    const created = await create({
      input: {
        title: title.trim() || t('enrolment.builder.defaultTitle', { date: format.date(today) }),
        recipientId: office,
        taskId,
        assistanceProgrammeId: assistance?.id ?? null,
        note: note.trim() || null,
      },
    });
    const request = created.data?.createEnrolmentRequest;
    if (!request) {
      setSending(false);
      setFailure(created.error ? t(`errors.${errorKey(created.error)}`) : null);
      return;
    }
    let version = request.version;
    const skipped: string[] = [];
    for (const group of groupByTerms(draft.lines)) {
      const added = await addLines({
        input: { requestId: request.id, workerIds: group.ids, terms: group.terms },
      });
      const payload = added.data?.addEnrolmentLines;
      if (payload) version = payload.request.version;
      for (const s of payload?.skipped ?? [])
        skipped.push(`${s.fullName}: ${registryMessage(s.problem as RegistryCode, language)}`);
    }
    const sent = await send({ input: { id: request.id, expectedVersion: version } });
    setSending(false);
    draft.clear();
    // Sent or not, the request's page says where it stands (a refused draft lists its problems).
    navigate(`/kepesertaan/${request.id}`, { state: { sent: Boolean(sent.data), skipped } });
  };

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
        <section className="card stack" aria-labelledby="totals-heading">
          <h2 id="totals-heading">{t('enrolment.builder.totals')}</h2>
          <ContributionTotals contributions={contributions} testId="request-totals" />
          <div className="form-grid">
            <label>
              {t('enrolment.builder.requestTitle')}
              <input
                data-testid="request-title"
                value={title}
                placeholder={t('enrolment.builder.defaultTitle', { date: format.date(today) })}
                onChange={(e) => setTitle(e.target.value)}
              />
            </label>
            <label>
              {t('enrolment.builder.office')}
              <select data-testid="request-office" value={office} onChange={(e) => setRecipientId(e.target.value)}>
                {offices.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </label>
            {programmes.length > 0 && (
              <label>
                {t('enrolment.builder.assistance')}
                <select
                  data-testid="request-assistance"
                  value={assistanceId}
                  onChange={(e) => setAssistanceId(e.target.value)}
                >
                  <option value="">{t('enrolment.builder.noAssistance')}</option>
                  {programmes.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t('enrolment.builder.assistanceLeft', {
                        name: p.name,
                        remaining: format.rupiah(p.budgetUse.remaining),
                      })}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <label>
              {t('enrolment.builder.note')}
              <input value={note} onChange={(e) => setNote(e.target.value)} />
            </label>
          </div>
          {withProblems > 0 ? (
            <p className="error" role="alert" data-testid="request-problems">
              {t('enrolment.builder.linesWithProblems', { count: withProblems })}
            </p>
          ) : (
            <p className="small muted">{t('enrolment.builder.readyToSend')}</p>
          )}
          {failure && (
            <p className="error" role="alert">
              {failure}
            </p>
          )}
          <div className="row">
            <button
              type="button"
              data-testid="send-request"
              disabled={withProblems > 0 || sending || !office}
              onClick={() => void submit()}
            >
              {sending ? t('enrolment.builder.sending') : t('enrolment.builder.send')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
