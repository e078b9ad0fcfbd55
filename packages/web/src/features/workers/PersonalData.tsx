import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import type { Personal } from './WorkerForm';

const PersonalDataQuery = graphql(`
  query WorkerPersonalData($id: ID!) {
    node(id: $id) {
      ... on Worker {
        __typename
        id
        personalData {
          nik
          birthDate
          monthlyIncome
          phone
        }
      }
    }
  }
`);

/** Shows the personal data in full on request; the server audits each time. */
export function PersonalData(props: { id: string; onLoaded: (data: Personal) => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [shown, setShown] = useState(false);
  const [{ data, fetching, error }] = useQuery({
    query: PersonalDataQuery,
    variables: { id: props.id },
    pause: !shown,
    requestPolicy: 'network-only',
  });
  const personal = data?.node?.__typename === 'Worker' ? data.node.personalData : null;
  if (!shown) {
    return (
      <button type="button" className="secondary" data-testid="reveal" onClick={() => setShown(true)}>
        {t('workers.reveal')}
      </button>
    );
  }
  if (fetching) return <p role="status">{t('loading')}</p>;
  if (error || !personal)
    return (
      <p className="error" role="alert">
        {t(`errors.${error ? errorKey(error) : 'UNKNOWN'}`)}
      </p>
    );
  return (
    <div className="notice" data-testid="personal-data">
      <p className="muted small">{t('workers.revealAudited')}</p>
      <dl className="facts">
        <dt>NIK</dt>
        <dd className="mono">{personal.nik}</dd>
        <dt>{t('workers.birthDate')}</dt>
        <dd>{f.date(personal.birthDate as string)}</dd>
        <dt>{t('workers.income')}</dt>
        <dd>{personal.monthlyIncome === null ? '—' : f.rupiah(personal.monthlyIncome)}</dd>
        <dt>{t('workers.phone')}</dt>
        <dd>{personal.phone ?? '—'}</dd>
      </dl>
      <button type="button" className="plain" data-testid="edit-personal" onClick={() => props.onLoaded(personal)}>
        {t('workers.editPersonal')}
      </button>
    </div>
  );
}
