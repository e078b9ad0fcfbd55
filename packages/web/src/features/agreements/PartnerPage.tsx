import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { CoverageBar, SectorCode, WorkerCount } from '../businesses/BusinessesPage';
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
          name
          nib
          legalForm
          kbliSection
          sizeClass
          districtName
          regencyName
          workerCount
          enrolledCount
          coverageRate
        }
      }
    }
  }
`);

/** A partner's business directory, as a live agreement shares it: identity and counts, no workers. */
export default function PartnerPage() {
  const { t } = useTranslation();
  const { grantorId = '' } = useParams();
  const { params, after, setAfter } = useUrlFilters();
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
                <tr>
                  <th>{t('businesses.name')}</th>
                  <th>{t('registry.district')}</th>
                  <th>{t('registry.sector')}</th>
                  <th>{t('registry.size')}</th>
                  <th>{t('businesses.workers')}</th>
                  <th>{t('registry.coverage')}</th>
                </tr>
              </thead>
              <tbody>
                {data.partnerBusinesses.edges.map(({ node }) => (
                  <tr key={node.id} data-testid="partner-row">
                    <td data-label={t('businesses.name')}>
                      {node.name} <span className="muted small">{node.nib ?? ''}</span>
                    </td>
                    <td data-label={t('registry.district')}>
                      {node.districtName} <span className="muted small">· {node.regencyName}</span>
                    </td>
                    <td data-label={t('registry.sector')}>
                      <SectorCode code={node.kbliSection} />
                    </td>
                    <td data-label={t('registry.size')}>{t(`size.${node.sizeClass}`)}</td>
                    <td data-label={t('businesses.workers')}>
                      <WorkerCount enrolled={node.enrolledCount} workers={node.workerCount} />
                    </td>
                    <td data-label={t('registry.coverage')}>
                      <CoverageBar rate={node.coverageRate} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted small">{t('words.sharedWorkersNote')}</p>
            <Pager
              totalCount={data.partnerBusinesses.totalCount}
              hasNextPage={data.partnerBusinesses.pageInfo.hasNextPage}
              endCursor={data.partnerBusinesses.pageInfo.endCursor}
              after={after}
              setAfter={setAfter}
            />
          </section>
        )
      )}
    </div>
  );
}
