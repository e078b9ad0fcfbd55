import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

const PersonRecordQuery = graphql(`
  query PersonRecord($id: ID!, $purpose: PersonRecordPurpose) {
    personRecord(workerId: $id, purpose: $purpose) {
      worker {
        id
        fullName
        sex
        workerType
        occupation
        coverageStatus
        kpj
        programmes
        enrolledOn
        archivedAt
        createdAt
        updatedAt
        businesses {
          id
          name
        }
      }
      personalData {
        nik
        birthDate
        monthlyIncome
        phone
      }
      visits {
        visitedOn
        taskTitle
        reportedBy
      }
      history {
        at
        action
        actorEmail
        changes
        dataSubjectRequest
        bulk
      }
    }
  }
`);

/**
 * A person's record, to answer their request to see their data (UU 27/2022): everything the
 * tenant holds about the worker and every access and change, with who and when. Opening the page
 * and downloading it are each audited, and the history shows them.
 */
export default function PersonRecordPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { id = '' } = useParams();
  const client = useClient();
  const [exporting, setExporting] = useState(false);
  // Every opening is an audited access: always from the server, never from the cache.
  const [{ data, fetching, error }] = useQuery({
    query: PersonRecordQuery,
    variables: { id, purpose: 'VIEW' },
    requestPolicy: 'network-only',
  });
  const download = async () => {
    setExporting(true);
    const result = await client
      .query(PersonRecordQuery, { id, purpose: 'EXPORT' }, { requestPolicy: 'network-only' })
      .toPromise();
    setExporting(false);
    if (!result.data) return;
    const json = JSON.stringify(result.data.personRecord, null, 2);
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `rekam-data-${result.data.personRecord.worker.id}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (error && !data)
    return (
      <p className="error" role="alert">
        {t(`errors.${errorKey(error)}`)}
      </p>
    );
  const record = data?.personRecord;
  if (!record) return null;
  const w = record.worker;
  const p = record.personalData;
  return (
    <div className="stack" data-testid="person-record">
      <p>
        <Link to={`/pekerja/${w.id}`}>← {w.fullName}</Link>
      </p>
      <div className="row spread">
        <h1>{t('personRecord.title', { name: w.fullName })}</h1>
        <button type="button" onClick={download} disabled={exporting} data-testid="person-record-export">
          {t('personRecord.export')}
        </button>
      </div>
      <p className="muted">{t('personRecord.intro')}</p>
      <section className="card stack">
        <h2>{t('personRecord.held')}</h2>
        <dl className="facts">
          <dt>NIK</dt>
          <dd>{p.nik}</dd>
          <dt>{t('personRecord.birthDate')}</dt>
          <dd>{f.date(p.birthDate)}</dd>
          <dt>{t('personRecord.sex')}</dt>
          <dd>{t(`personRecord.sexName.${w.sex}`)}</dd>
          <dt>{t('personRecord.phone')}</dt>
          <dd>{p.phone ?? '—'}</dd>
          <dt>{t('personRecord.income')}</dt>
          <dd>{p.monthlyIncome === null ? '—' : f.rupiah(p.monthlyIncome)}</dd>
          <dt>{t('personRecord.workerType')}</dt>
          <dd>{t(`workerType.${w.workerType}`)}</dd>
          <dt>{t('personRecord.occupation')}</dt>
          <dd>{w.occupation ?? '—'}</dd>
          <dt>KPJ</dt>
          <dd>{w.kpj ?? '—'}</dd>
          <dt>{t('personRecord.coverage')}</dt>
          <dd>
            {t(`coverageStatus.${w.coverageStatus}`, { defaultValue: w.coverageStatus })}
            {w.programmes.length > 0 && ` · ${w.programmes.join(', ')}`}
            {w.enrolledOn && ` · ${f.date(w.enrolledOn)}`}
          </dd>
          <dt>{t('personRecord.employers')}</dt>
          <dd>{w.businesses.map((b) => b.name).join(', ') || '—'}</dd>
          <dt>{t('personRecord.recorded')}</dt>
          <dd>
            {f.dateTime(w.createdAt as string)}
            {w.archivedAt && ` · ${t('personRecord.archived', { at: f.dateTime(w.archivedAt as string) })}`}
          </dd>
        </dl>
      </section>
      <section className="card stack">
        <h2>{t('personRecord.visits')}</h2>
        {record.visits.length === 0 ? (
          <p className="muted">{t('personRecord.noVisits')}</p>
        ) : (
          <ul>
            {record.visits.map((v) => (
              <li key={`${v.visitedOn}-${v.taskTitle}`}>
                {f.date(v.visitedOn)} · {v.taskTitle} · {v.reportedBy}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card stack">
        <h2>{t('personRecord.history')}</h2>
        <table className="table" data-testid="person-record-history">
          <thead>
            <tr>
              <th>{t('personRecord.when')}</th>
              <th>{t('personRecord.who')}</th>
              <th>{t('personRecord.what')}</th>
            </tr>
          </thead>
          <tbody>
            {record.history.map((h, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the history is read whole, in order
              <tr key={i}>
                <td data-label={t('personRecord.when')}>{f.dateTime(h.at as string)}</td>
                <td data-label={t('personRecord.who')}>{h.actorEmail ?? t('personRecord.system')}</td>
                <td data-label={t('personRecord.what')}>
                  {t(`personRecord.action.${h.action}`, { defaultValue: h.action })}
                  {h.bulk && <span className="muted small"> · {t('personRecord.bulk')}</span>}
                  {h.dataSubjectRequest && (
                    <span className="badge">{t('personRecord.request', { ref: h.dataSubjectRequest })}</span>
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
