import { importProblemMessage, REJECTION_REASONS, registryMessage } from '@jamsos/schema';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { getFragmentData, graphql } from '../../gql';
import type { RejectionReason } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { AbbrList } from '../glossary/Glossary';
import { SendRequestMutation } from './api';
import { RequestProgress } from './RequestProgress';
import { type EnrolmentViewerProp, enrolmentAccess } from './RequestsPage';
import { type ResultsReport, uploadResults } from './results';

/** A problem code as the server sends it; registryMessage words registry, coverage and enrolment codes. */
type RegistryCode = Parameters<typeof registryMessage>[0];

const RequestQuery = graphql(`
  query EnrolmentRequest($id: ID!) {
    node(id: $id) {
      ... on EnrolmentRequest {
        __typename
        id
        title
        status
        version
        note
        sentAt
        sentBy
        createdBy
        linesShared
        shareUntil
        monthlyTotal
        taskId
        partner {
          id
          name
        }
        recipient {
          id
          name
        }
        assistanceProgramme {
          id
          name
        }
        problems {
          lineId
          fullName
          field
          problem
        }
        ...RequestProgress_Request
        lines(first: 100) {
          totalCount
          edges {
            node {
              ...EnrolmentLine_Line
            }
          }
        }
      }
    }
  }
`);

const LineFragment = graphql(`
  fragment EnrolmentLine_Line on EnrolmentLine {
    id
    position
    fullName
    nik
    workerType
    businessName
    programmes
    registeredProgrammes
    payer
    monthlyTotal
    status
    kpj
    effectiveDate
    rejectionReason
    rejectionNote
    existingKpj
    workerId
  }
`);

const RegisterMutation = graphql(`
  mutation RegisterEnrolmentLines($input: RegisterEnrolmentLinesInput!) {
    registerEnrolmentLines(input: $input) {
      ...EnrolmentLine_Line
    }
  }
`);

const DeleteDraftMutation = graphql(`
  mutation DeleteEnrolmentRequest($input: VersionedIdInput!) {
    deleteEnrolmentRequest(input: $input)
  }
`);

const RejectMutation = graphql(`
  mutation RejectEnrolmentLines($input: RejectEnrolmentLinesInput!) {
    rejectEnrolmentLines(input: $input) {
      ...EnrolmentLine_Line
    }
  }
`);

/**
 * One request, line by line. The partner sees each line's progress (and, for a draft, what stops
 * it being sent); the BPJS office works it: registers a line with its KPJ (Enter in the KPJ
 * field), rejects the ticked lines with a reason, downloads the sheet for bulk entry and
 * uploads the results file with a dry run first.
 */
export default function RequestPage(props: { viewer: EnrolmentViewerProp }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.language === 'en' ? 'en' : 'id';
  const { id = '' } = useParams();
  const location = useLocation();
  const arrival = location.state as { sent?: boolean; skipped?: string[] } | null;
  const access = enrolmentAccess(props.viewer);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: RequestQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const [sendState, send] = useMutation(SendRequestMutation);
  const [registerState, register] = useMutation(RegisterMutation);
  const [rejectState, reject] = useMutation(RejectMutation);
  const [deleteState, deleteDraft] = useMutation(DeleteDraftMutation);
  const navigate = useNavigate();
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [kpjs, setKpjs] = useState<Record<string, string>>({});
  const [effective, setEffective] = useState(new Date().toISOString().slice(0, 10));
  const [reason, setReason] = useState<RejectionReason>('INCOMPLETE');
  const [reasonNote, setReasonNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ResultsReport | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const request = data?.node?.__typename === 'EnrolmentRequest' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!request)
    return (
      <p className="error" role="alert">
        {error ? t(`errors.${errorKey(error)}`) : t('enrolment.request.notFound')}
      </p>
    );
  const lines = request.lines.edges.map((e) => getFragmentData(LineFragment, e.node));
  const working = access.canProcess && (request.status === 'SENT' || request.status === 'IN_PROGRESS');
  const pending = lines.filter((l) => l.status === 'PENDING');
  const mutationError = registerState.error ?? rejectState.error ?? sendState.error ?? deleteState.error;

  const registerLines = async (ids: string[]) => {
    const input = ids
      .filter((lineId) => kpjs[lineId]?.trim())
      .map((lineId) => ({ id: lineId, kpj: (kpjs[lineId] ?? '').trim(), effectiveDate: effective }));
    if (input.length === 0) return;
    const result = await register({ input: { lines: input } });
    if (result.data) {
      setChecked(new Set());
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const rejectChecked = async () => {
    const input = [...checked].map((lineId) => ({
      id: lineId,
      reason,
      note: reason === 'OTHER' ? reasonNote : null,
      existingKpj: reason === 'ALREADY_MEMBER' ? reasonNote : null,
    }));
    const result = await reject({ input: { lines: input } });
    if (result.data) {
      setChecked(new Set());
      setReasonNote('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const upload = async (commit: boolean) => {
    if (!file) return;
    setUploadError(null);
    try {
      const answer = await uploadResults(request.id, file, commit);
      setReport(answer);
      if (answer.committed) {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        refetch({ requestPolicy: 'network-only' });
      }
    } catch (e) {
      setUploadError(t(`errors.${(e as Error).message}`, { defaultValue: t('errors.UNKNOWN') }));
    }
  };

  return (
    <div className="stack enrolment">
      <div className="row spread">
        <div>
          <h1 data-testid="request-title">{request.title}</h1>
          <p className="muted small">
            {access.isOffice ? request.partner.name : request.recipient.name} ·{' '}
            <span className={`badge request-${request.status.toLowerCase()}`} data-testid="request-status">
              {t(`enrolment.status.${request.status}`)}
            </span>
            {request.sentAt && ` · ${t('enrolment.request.sentAt', { date: format.dateTime(request.sentAt) })}`}
          </p>
        </div>
        <Link to="/kepesertaan" className="button secondary">
          {access.isOffice ? t('enrolment.queue.title') : t('enrolment.list.title')}
        </Link>
      </div>
      {arrival?.sent && request.status !== 'DRAFT' && (
        <p className="notice" role="status" data-testid="request-sent">
          {t('enrolment.builder.sent')}
        </p>
      )}
      {(arrival?.skipped?.length ?? 0) > 0 && (
        <div className="notice" role="status">
          <p>{t('enrolment.request.skipped')}</p>
          <ul className="small">
            {arrival?.skipped?.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      )}

      <section className="card stack">
        <dl className="facts">
          <div>
            <dt>{t('enrolment.list.progress')}</dt>
            <dd>
              <RequestProgress request={request} />
            </dd>
          </div>
          <div>
            <dt>{t('enrolment.list.monthly')}</dt>
            <dd data-testid="request-monthly">{format.rupiah(request.monthlyTotal)}</dd>
          </div>
          {request.assistanceProgramme && (
            <div>
              <dt>{t('enrolment.builder.assistance')}</dt>
              <dd>
                <Link to={`/bantuan-iuran/${request.assistanceProgramme.id}`}>{request.assistanceProgramme.name}</Link>
              </dd>
            </div>
          )}
          {request.taskId && (
            <div>
              <dt>{t('enrolment.builder.task')}</dt>
              <dd>
                <Link to={`/tugas/${request.taskId}`}>{t('enrolment.request.toTask')}</Link>
              </dd>
            </div>
          )}
          {request.note && (
            <div>
              <dt>{t('enrolment.builder.note')}</dt>
              <dd>{request.note}</dd>
            </div>
          )}
          {access.isOffice && (
            <div>
              <dt>{t('enrolment.request.sharing')}</dt>
              <dd>
                {request.linesShared
                  ? request.shareUntil
                    ? t('enrolment.request.sharedUntil', { date: format.date(request.shareUntil) })
                    : t('enrolment.request.sharedWhileOpen')
                  : t('enrolment.request.notShared')}
              </dd>
            </div>
          )}
        </dl>
        {request.status === 'DRAFT' && !access.isOffice && (
          <div className="stack">
            {request.problems.length > 0 && (
              <div className="error" role="alert" data-testid="draft-problems">
                <p>{t('enrolment.builder.refused')}</p>
                <ul>
                  {request.problems.map((p) => (
                    <li key={`${p.lineId}-${p.field}-${p.problem}`}>
                      {p.fullName ? `${p.fullName}: ` : ''}
                      {registryMessage(p.problem as RegistryCode, language)}
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <div className="row">
              <button
                type="button"
                data-testid="send-draft"
                disabled={request.problems.length > 0 || sendState.fetching}
                onClick={() => void send({ input: { id: request.id, expectedVersion: request.version } })}
              >
                {t('enrolment.builder.send')}
              </button>
              <button
                type="button"
                className="plain"
                data-testid="delete-draft"
                disabled={deleteState.fetching}
                onClick={() =>
                  void deleteDraft({ input: { id: request.id, expectedVersion: request.version } }).then((result) => {
                    if (result.data) navigate('/kepesertaan');
                  })
                }
              >
                {t('enrolment.request.deleteDraft')}
              </button>
            </div>
          </div>
        )}
        {mutationError && (
          <p className="error" role="alert" data-testid="request-error">
            {t(`errors.${errorKey(mutationError)}`)}
          </p>
        )}
      </section>

      {working && (
        <section className="card stack" aria-labelledby="bulk-heading" data-testid="bpjs-tools">
          <h2 id="bulk-heading">{t('enrolment.queue.bulk')}</h2>
          <div className="row">
            <a className="button secondary" href={`/api/enrolment-requests/${request.id}/sheet?format=xlsx`} download>
              {t('enrolment.queue.downloadXlsx')}
            </a>
            <a
              className="button secondary"
              href={`/api/enrolment-requests/${request.id}/sheet?format=csv`}
              download
              data-testid="download-csv"
            >
              {t('enrolment.queue.downloadCsv')}
            </a>
          </div>
          <div className="row">
            <label>
              {t('enrolment.queue.resultsFile')}
              <input
                ref={fileInput}
                type="file"
                accept=".csv,.xlsx"
                data-testid="results-file"
                onChange={(e) => {
                  setFile(e.target.files?.[0] ?? null);
                  setReport(null);
                }}
              />
            </label>
            <button type="button" data-testid="results-check" disabled={!file} onClick={() => void upload(false)}>
              {t('enrolment.queue.check')}
            </button>
          </div>
          {uploadError && (
            <p className="error" role="alert">
              {uploadError}
            </p>
          )}
          {report && (
            <div className="notice" data-testid="results-report">
              <p>
                {report.committed
                  ? t('enrolment.queue.recorded', { registered: report.registered, rejected: report.rejected })
                  : t('enrolment.queue.wouldRecord', {
                      rows: report.rows,
                      registered: report.registered,
                      rejected: report.rejected,
                    })}
              </p>
              {report.problems.length > 0 && (
                <>
                  <p className="error">{t('enrolment.queue.fileProblems', { count: report.problems.length })}</p>
                  <table className="table compact" data-testid="results-problems">
                    <thead>
                      <tr>
                        <th>{t('enrolment.queue.row')}</th>
                        <th>{t('enrolment.queue.column')}</th>
                        <th>{t('enrolment.queue.value')}</th>
                        <th>{t('enrolment.queue.reason')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {report.problems.map((p) => (
                        <tr key={`${p.line}-${p.column}-${p.problem}`}>
                          <td data-label={t('enrolment.queue.row')}>{p.line}</td>
                          <td data-label={t('enrolment.queue.column')}>{p.column ?? '—'}</td>
                          <td data-label={t('enrolment.queue.value')} className="mono">
                            {p.value ?? '—'}
                          </td>
                          <td data-label={t('enrolment.queue.reason')}>
                            {importProblemMessage(p.problem, p.params, language)}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </>
              )}
              {!report.committed && report.problems.length === 0 && (
                <div className="row">
                  <button type="button" data-testid="results-commit" onClick={() => void upload(true)}>
                    {t('enrolment.queue.apply')}
                  </button>
                </div>
              )}
            </div>
          )}
          <div className="row">
            <label>
              {t('enrolment.queue.effectiveDate')}
              <input type="date" value={effective} onChange={(e) => setEffective(e.target.value)} />
            </label>
            <label>
              {t('enrolment.queue.reasonLabel')}
              <select
                data-testid="reject-reason"
                value={reason}
                onChange={(e) => setReason(e.target.value as RejectionReason)}
              >
                {REJECTION_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`enrolment.rejection.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            {(reason === 'OTHER' || reason === 'ALREADY_MEMBER') && (
              <label>
                {reason === 'OTHER' ? t('enrolment.queue.reasonText') : t('enrolment.queue.existingKpj')}
                <input value={reasonNote} onChange={(e) => setReasonNote(e.target.value)} />
              </label>
            )}
          </div>
          <div className="row">
            <button
              type="button"
              data-testid="register-checked"
              disabled={![...checked].some((lineId) => kpjs[lineId]?.trim())}
              onClick={() => void registerLines([...checked])}
            >
              {t('enrolment.queue.registerChecked', { count: [...checked].filter((l) => kpjs[l]?.trim()).length })}
            </button>
            <button
              type="button"
              className="danger"
              data-testid="reject-checked"
              disabled={checked.size === 0}
              onClick={() => void rejectChecked()}
            >
              {t('enrolment.queue.rejectChecked', { count: checked.size })}
            </button>
          </div>
          <p className="small muted">{t('enrolment.queue.keys')}</p>
        </section>
      )}

      <section className="card stack" aria-labelledby="lines-heading">
        <h2 id="lines-heading">{t('enrolment.request.lines', { count: request.lines.totalCount })}</h2>
        <table className="table line-table" data-testid="line-table">
          <thead>
            <tr>
              {working && (
                <th>
                  <input
                    type="checkbox"
                    aria-label={t('enrolment.builder.checkPage')}
                    checked={pending.length > 0 && pending.every((l) => checked.has(l.id))}
                    onChange={(e) => setChecked(new Set(e.target.checked ? pending.map((l) => l.id) : []))}
                  />
                </th>
              )}
              <th>{t('workers.name')}</th>
              <th>{t('enrolment.line.programmes')}</th>
              <th>{t('enrolment.line.payer')}</th>
              <th className="num">{t('enrolment.line.monthly')}</th>
              <th>{t('enrolment.list.status')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.id} data-testid="line-row" className="queue-row">
                {working && (
                  <td>
                    {line.status === 'PENDING' && (
                      <input
                        type="checkbox"
                        aria-label={line.fullName}
                        checked={checked.has(line.id)}
                        onChange={(e) => {
                          const next = new Set(checked);
                          if (e.target.checked) next.add(line.id);
                          else next.delete(line.id);
                          setChecked(next);
                        }}
                      />
                    )}
                  </td>
                )}
                <td data-label={t('workers.name')}>
                  {line.workerId && !access.isOffice ? (
                    <Link to={`/pekerja/${line.workerId}`}>{line.fullName}</Link>
                  ) : (
                    line.fullName
                  )}
                  <span className="muted small">
                    {' '}
                    · <span className="mono">{line.nik}</span> · {line.workerType} · {line.businessName}
                  </span>
                </td>
                <td data-label={t('enrolment.line.programmes')}>
                  <AbbrList codes={line.status === 'REGISTERED' ? line.registeredProgrammes : line.programmes} />
                </td>
                <td data-label={t('enrolment.line.payer')}>{t(`enrolment.payer.${line.payer}`)}</td>
                <td data-label={t('enrolment.line.monthly')} className="num">
                  {format.rupiah(line.monthlyTotal)}
                </td>
                <td data-label={t('enrolment.list.status')} data-testid="line-status">
                  <span className={`badge line-status-${line.status.toLowerCase()}`}>
                    {t(`enrolment.lineStatus.${line.status}`)}
                  </span>
                  {line.status === 'REGISTERED' && (
                    <span className="small">
                      {' '}
                      KPJ <span className="mono">{line.kpj}</span>
                      {line.effectiveDate && ` · ${format.date(line.effectiveDate)}`}
                    </span>
                  )}
                  {line.status === 'REJECTED' && line.rejectionReason && (
                    <span className="small">
                      {' '}
                      {t(`enrolment.rejection.${line.rejectionReason}`)}
                      {line.existingKpj && ` (KPJ ${line.existingKpj})`}
                      {line.rejectionNote && ` — ${line.rejectionNote}`}
                    </span>
                  )}
                  {working && line.status === 'PENDING' && (
                    <input
                      className="kpj-input"
                      inputMode="numeric"
                      placeholder="KPJ"
                      aria-label={t('enrolment.queue.kpjFor', { name: line.fullName })}
                      data-testid="line-kpj"
                      value={kpjs[line.id] ?? ''}
                      onChange={(e) => setKpjs({ ...kpjs, [line.id]: e.target.value.replace(/\D/g, '') })}
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') void registerLines([line.id]);
                      }}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
