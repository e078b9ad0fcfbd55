import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { BusinessCoverage, BusinessFilter, BusinessSort } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { NoRegistryNotice, ReadOnlyNotice } from '../access/Notices';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';
import { BusinessFilters, businessFilterFields, ListOptions, SearchFilter, SelectFilter } from '../registry/Filters';
import { BusinessRow, BusinessRowHead } from './BusinessRow';

const PAGE_SIZE = 20;
const SORTS: BusinessSort[] = ['NAME', 'WORKER_COUNT', 'COVERAGE_RATE', 'FOUNDED_YEAR', 'CREATED_AT'];
const COVERAGES: BusinessCoverage[] = ['NONE', 'PARTIAL', 'FULL', 'NO_WORKERS'];

const BusinessesQuery = graphql(`
  query Businesses($first: Int!, $after: String, $filter: BusinessFilter, $sort: BusinessSort!, $descending: Boolean!) {
    businesses(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {
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

export default function BusinessesPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const access = registryAccess(props.viewer);
  const { params, after, setAfter } = useUrlFilters();
  const filter: BusinessFilter = {
    search: params.get('cari'),
    ...businessFilterFields(params),
    coverage: params.get('cakupan') as BusinessCoverage | null,
    kadinMember: params.get('kadin') === 'ya' ? true : null,
    archived: params.get('arsip') === 'ya' ? true : null,
  };
  const sort = (params.get('urut') as BusinessSort | null) ?? 'NAME';
  const descending = params.get('turun') === 'ya';
  const [{ data, fetching, error }] = useQuery({
    query: BusinessesQuery,
    requestPolicy: 'cache-and-network',
    variables: { first: PAGE_SIZE, after, filter, sort, descending },
  });

  return (
    <div className="stack">
      <div className="row spread">
        <h1>{t('businesses.title')}</h1>
        {access.canEdit && (
          <div className="row">
            <Link className="button secondary" to="/impor?jenis=usaha">
              {t('import.title')}
            </Link>
            <Link className="button" to="/usaha/baru" data-testid="new-business">
              {t('businesses.new')}
            </Link>
          </div>
        )}
      </div>
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      {!access.keepsRegistry ? (
        <NoRegistryNotice />
      ) : (
        <section className="card stack">
          <search className="filters">
            <SearchFilter placeholder={t('businesses.searchHint')} />
            <BusinessFilters keeper={access.keeper} />
            <SelectFilter
              label={t('registry.coverage')}
              param="cakupan"
              testId="coverage-filter"
              options={COVERAGES.map((c) => ({ value: c, label: t(`coverage.${c}`) }))}
            />
            <ListOptions sorts={SORTS} sortLabel={(s) => t(`businesses.sort.${s}`)} />
          </search>
          {error && !data && (
            <p className="error" role="alert">
              {t(`errors.${errorKey(error)}`)}
            </p>
          )}
          {fetching && !data ? (
            <p role="status">{t('loading')}</p>
          ) : data?.businesses.totalCount === 0 ? (
            <p className="muted" data-testid="empty">
              {t('registry.empty')}
            </p>
          ) : (
            <table className="table" data-testid="business-table">
              <thead>
                <BusinessRowHead kind="registry" />
              </thead>
              <tbody>
                {data?.businesses.edges.map(({ node }) => (
                  <BusinessRow key={node.id} business={node} kind="registry" />
                ))}
              </tbody>
            </table>
          )}
          <Pager
            totalCount={data?.businesses.totalCount ?? 0}
            hasNextPage={data?.businesses.pageInfo.hasNextPage ?? false}
            endCursor={data?.businesses.pageInfo.endCursor}
            after={after}
            setAfter={setAfter}
          />
          {data && data.businesses.totalCount > 0 && <p className="muted small">{t('words.sharedWorkersNote')}</p>}
          <ExportButtons
            kind="businesses"
            filter={{ ...filter }}
            sort={sort}
            descending={descending}
            allowFull={false}
          />
        </section>
      )}
    </div>
  );
}
