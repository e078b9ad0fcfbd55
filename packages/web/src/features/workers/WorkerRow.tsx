import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { CoverageStatus } from '../../gql/graphql';
import { Abbr, AbbrList } from '../glossary/Glossary';

/** What a row of the workers list shows (the NIK masked, as the server sends it in lists). */
export const WorkerRowFragment = graphql(`
  fragment WorkerRow_Worker on Worker {
    id
    nik
    fullName
    sex
    birthYear
    workerType
    occupation
    coverageStatus
    programmes
    businesses {
      id
      name
    }
  }
`);

export function StatusBadge(props: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return <span className={`badge coverage-${props.status.toLowerCase()}`}>{t(`coverageStatus.${props.status}`)}</span>;
}

export function WorkerRow(props: { worker: FragmentType<typeof WorkerRowFragment> }) {
  const { t } = useTranslation();
  const worker = getFragmentData(WorkerRowFragment, props.worker);
  return (
    <tr data-testid="worker-row">
      <td data-label={t('workers.name')}>
        <Link to={`/pekerja/${worker.id}`}>{worker.fullName}</Link>
        <span className="muted small">
          {' '}
          · {t(`sex.${worker.sex}`)}, {worker.birthYear}
        </span>
      </td>
      <td data-label="NIK" className="mono">
        {worker.nik}
      </td>
      <td data-label={t('workers.type')}>
        <Abbr code={worker.workerType} />
        {worker.occupation && <span className="muted small"> · {worker.occupation}</span>}
      </td>
      <td data-label={t('registry.coverageStatus')}>
        <StatusBadge status={worker.coverageStatus} />
      </td>
      <td data-label={t('workers.programmes')}>
        {worker.programmes.length ? <AbbrList codes={worker.programmes} /> : '—'}
      </td>
      <td data-label={t('workers.businesses')}>
        {worker.businesses.map((b) => (
          <Link key={b.id} to={`/usaha/${b.id}`} className="block">
            {b.name}
          </Link>
        ))}
      </td>
    </tr>
  );
}
