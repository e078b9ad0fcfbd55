import { WORKER_TYPES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CoverageStatus, WorkerFilter, WorkerSort, WorkerType } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';
import {
  BusinessFilters,
  businessFilterFields,
  CheckFilter,
  ListOptions,
  SearchFilter,
  SelectFilter,
} from '../registry/Filters';
import { RegistryListBody, RegistryListFrame } from '../registry/RegistryList';
import { WorkerRow } from './WorkerRow';

const PAGE_SIZE = 20;
const STATUSES: CoverageStatus[] = ['ENROLLED', 'NOT_ENROLLED', 'LAPSED'];
const SORTS: WorkerSort[] = ['NAME', 'ENROLLED_ON', 'CREATED_AT'];

const WorkersQuery = graphql(`
  query Workers($first: Int!, $after: String, $filter: WorkerFilter, $sort: WorkerSort!, $descending: Boolean!) {
    workers(first: $first, after: $after, filter: $filter, sort: $sort, descending: $descending) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...WorkerRow_Worker
        }
      }
    }
  }
`);

export default function WorkersPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const access = registryAccess(props.viewer);
  const { params, after, setParam } = useUrlFilters();
  const filter: WorkerFilter = {
    search: params.get('cari'),
    businessId: params.get('usaha'),
    ...businessFilterFields(params),
    coverageStatus: params.get('status') as CoverageStatus | null,
    workerType: params.get('jenis') as WorkerType | null,
    kadinMember: params.get('kadin') === 'ya' ? true : null,
    archived: params.get('arsip') === 'ya' ? true : null,
    enrolmentInterest: params.get('minat') === 'ya' ? true : null,
  };
  const sort = (params.get('urut') as WorkerSort | null) ?? 'NAME';
  const descending = params.get('turun') === 'ya';
  const [{ data, fetching, error }] = useQuery({
    query: WorkersQuery,
    requestPolicy: 'cache-and-network',
    variables: { first: PAGE_SIZE, after, filter, sort, descending },
  });
  return (
    <RegistryListFrame
      access={access}
      title={t('workers.title')}
      importKind="pekerja"
      newPath="/pekerja/baru"
      newLabel={t('workers.new')}
      newTestId="new-worker"
    >
      {filter.businessId && (
        <p className="notice">
          {t('workers.ofOneBusiness')}{' '}
          <button type="button" className="plain" onClick={() => setParam('usaha', null)}>
            {t('workers.allBusinesses')}
          </button>
        </p>
      )}
      <search className="filters">
        <SearchFilter
          placeholder={access.canViewPersonalData ? t('workers.searchHint') : t('workers.searchHintViewer')}
        />
        <SelectFilter
          label={t('registry.coverageStatus')}
          param="status"
          testId="status-filter"
          options={STATUSES.map((s) => ({ value: s, label: t(`coverageStatus.${s}`) }))}
        />
        <SelectFilter
          label={t('workers.type')}
          param="jenis"
          options={WORKER_TYPES.map((type) => ({ value: type, label: t(`workerType.${type}`) }))}
        />
        <CheckFilter label={t('field.interest.filter')} param="minat" />
        <BusinessFilters keeper={access.keeper} />
        <ListOptions sorts={SORTS} sortLabel={(s) => t(`workers.sort.${s}`)} />
      </search>
      <RegistryListBody error={error} fetching={fetching} list={data?.workers}>
        <table className="table" data-testid="worker-table">
          <thead>
            <tr>
              <th>{t('workers.name')}</th>
              <th>NIK</th>
              <th>{t('workers.type')}</th>
              <th>{t('registry.coverageStatus')}</th>
              <th>{t('workers.programmes')}</th>
              <th>{t('workers.businesses')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.workers.edges.map(({ node }) => (
              <WorkerRow key={node.id} worker={node} />
            ))}
          </tbody>
        </table>
      </RegistryListBody>
      <Pager connection={data?.workers} />
      <ExportButtons
        kind="workers"
        filter={{ ...filter }}
        sort={sort}
        descending={descending}
        allowFull={access.canViewPersonalData}
      />
    </RegistryListFrame>
  );
}
