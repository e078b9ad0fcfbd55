import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

/**
 * A viewer's role reads only. Said once, gently, where the edit buttons would be, so nobody
 * looks for a button that is not there.
 */
export function ReadOnlyNotice() {
  const { t } = useTranslation();
  return (
    <p className="notice read-only" data-testid="read-only">
      {t('access.readOnly')}
    </p>
  );
}

const PartnerDirectoriesQuery = graphql(`
  query PartnerDirectories {
    agreements(first: 100) {
      edges {
        node {
          id
          scope
          status
          grantor {
            id
            name
          }
        }
      }
    }
  }
`);

/**
 * For a tenant that keeps no registry (the BPJS office): its own lists are empty by design, so
 * the page leads to what it can read instead — the directories its partners share with it.
 */
export function NoRegistryNotice() {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: PartnerDirectoriesQuery, requestPolicy: 'cache-and-network' });
  const grantors = new Map<string, string>();
  for (const { node } of data?.agreements.edges ?? []) {
    if (node.scope === 'BUSINESS_DIRECTORY' && node.status === 'ACTIVE')
      grantors.set(node.grantor.id, node.grantor.name);
  }
  return (
    <section className="card stack" data-testid="no-registry">
      <p>{t('access.noRegistry')}</p>
      {grantors.size > 0 ? (
        <ul className="plain-list" data-testid="partner-directories">
          {[...grantors].map(([id, name]) => (
            <li key={id}>
              <Link to={`/mitra/${id}`}>{t('access.partnerDirectory', { name })}</Link>
            </li>
          ))}
        </ul>
      ) : (
        data && <p className="muted">{t('access.noPartnerDirectories')}</p>
      )}
      <p>
        <Link to="/dasbor">{t('access.toDashboard')}</Link> · <Link to="/perjanjian">{t('access.toAgreements')}</Link>
      </p>
    </section>
  );
}

/**
 * What a guarded route shows a caller who may not use it: why, and who can — instead of a full
 * form that fails only on submit.
 */
export function NotAllowed(props: { what: string; who: string }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" data-testid="not-allowed" role="alert">
      <h1>{t('access.notAllowedTitle')}</h1>
      <p>{t('access.notAllowed', { what: props.what })}</p>
      <p>{props.who}</p>
      <p>
        <Link to="/">{t('access.toHome')}</Link>
      </p>
    </section>
  );
}
