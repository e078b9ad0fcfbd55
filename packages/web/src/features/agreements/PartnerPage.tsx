import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { BusinessRow, BusinessRowHead } from '../businesses/BusinessRow';
import { SearchFilter } from '../registry/Filters';

const PartnerBusinesses = graphql(`
  query PartnerBusinesses($grantorId: ID!, $first: Int!, $after: String, $search: String) {
    partnerBusinesses(grantorId: $grantorId, first: $first, after: $after, filter: { search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...BusinessRow_Business
        }
      }
    }
  }
`);

/** A partner's business directory, as a live agreement shares it: identity and counts, no workers. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { grantorId = '' } = useParams();
  const { params, after } = useUrlFilters();
  const [{ data, fetching, error }] = useQuery({
    query: PartnerBusinesses,
    variables: { grantorId, first: 20, after, search: params.get('cari') },
  });
  return (
    <div className="stack">
      <p>
        <Link to="/perjanjian">← {t('agreements.title')}</Link>
      </p>
      <h1>{t('agreements.directory')}</h1>
      <p className="muted">{t('agreements.directoryNote')}</p>
      <search className="filters card">
        <SearchFilter placeholder={t('businesses.searchHint')} />
      </search>
      {error && (
        <p className="error card" role="alert" data-testid="no-agreement">
          {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
        </p>
      )}
      {fetching && !data ? (
        <p role="status">{t('loading')}</p>
      ) : (
        data && (
          <section className="card stack">
            <table className="table" data-testid="partner-table">
              <thead>
                <BusinessRowHead kind="directory" />
              </thead>
              <tbody>
                {data.partnerBusinesses.edges.map(({ node }) => (
                  <BusinessRow key={node.id} business={node} kind="directory" />
                ))}
              </tbody>
            </table>
            <p className="muted small">{t('words.sharedWorkersNote')}</p>
            <Pager connection={data.partnerBusinesses} />
          </section>
        )
      )}
    </div>
  );
}
