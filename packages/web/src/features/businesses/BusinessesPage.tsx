import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { BusinessCoverage, BusinessFilter, BusinessSort } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';
import { BusinessFilters, businessFilterFields, ListOptions, SearchFilter, SelectFilter } from '../registry/Filters';
import { RegistryListBody, RegistryListFrame } from '../registry/RegistryList';
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
  const { params, after } = useUrlFilters();
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
    <RegistryListFrame
      access={access}
      title={t('businesses.title')}
      importKind="usaha"
      newPath="/usaha/baru"
      newLabel={t('businesses.new')}
      newTestId="new-business"
    >
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
      <RegistryListBody error={error} fetching={fetching} list={data?.businesses}>
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
      </RegistryListBody>
      <Pager connection={data?.businesses} />
      {data && data.businesses.totalCount > 0 && <p className="muted small">{t('words.sharedWorkersNote')}</p>}
      <ExportButtons kind="businesses" filter={{ ...filter }} sort={sort} descending={descending} allowFull={false} />
    </RegistryListFrame>
  );
}
