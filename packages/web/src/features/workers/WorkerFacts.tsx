import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { AbbrList } from '../glossary/Glossary';

/** What a worker's page lists about them, outside an edit (the NIK masked, as the server sends it). */
export const WorkerFactsFragment = graphql(`
  fragment WorkerFacts_Worker on Worker {
    nik
    sex
    birthYear
    workerType
    occupation
    phone
    kpj
    programmes
    enrolledOn
    enrolmentInterestAt
    businesses {
      id
      name
    }
  }
`);

export function WorkerFacts(props: { worker: FragmentType<typeof WorkerFactsFragment> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const worker = getFragmentData(WorkerFactsFragment, props.worker);
  return (
    <dl className="facts">
      <dt>NIK</dt>
      <dd className="mono" data-testid="worker-nik-masked">
        {worker.nik}
      </dd>
      <dt>{t('workers.sexAndYear')}</dt>
      <dd>
        {t(`sex.${worker.sex}`)}, {worker.birthYear}
      </dd>
      <dt>{t('workers.type')}</dt>
      <dd>
        {t(`workerType.${worker.workerType}`)}
        {worker.occupation ? ` · ${worker.occupation}` : ''}
      </dd>
      <dt>{t('workers.phone')}</dt>
      <dd>{worker.phone ?? '—'}</dd>
      <dt>{t('workers.kpj')}</dt>
      <dd>{worker.kpj ?? '—'}</dd>
      <dt>{t('workers.programmes')}</dt>
      <dd>{worker.programmes.length ? <AbbrList codes={worker.programmes} /> : '—'}</dd>
      <dt>{t('workers.enrolledOn')}</dt>
      <dd>{worker.enrolledOn ? f.date(worker.enrolledOn as string) : '—'}</dd>
      {worker.enrolmentInterestAt && (
        <>
          <dt>{t('field.interest.facts')}</dt>
          <dd data-testid="enrolment-interest">
            {t('field.interest.factsSince', { date: f.date(worker.enrolmentInterestAt as string) })}
          </dd>
        </>
      )}
      <dt>{t('workers.businesses')}</dt>
      <dd>
        {worker.businesses.map((b) => (
          <Link key={b.id} className="block" to={`/usaha/${b.id}`}>
            {b.name}
          </Link>
        ))}
      </dd>
    </dl>
  );
}
