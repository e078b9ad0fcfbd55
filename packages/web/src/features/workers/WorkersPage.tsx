import { WORKER_TYPES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { CoverageStatus, WorkerFilter, WorkerSort, WorkerType } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { NoRegistryNotice, ReadOnlyNotice } from '../access/Notices';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';
import { BusinessFilters, businessFilterFields, ListOptions, SearchFilter, SelectFilter } from '../registry/Filters';
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
  const { params, after, setParam, setAfter } = useUrlFilters();
  const filter: WorkerFilter = {
    search: params.get('cari'),
    businessId: params.get('usaha'),
    ...businessFilterFields(params),
    coverageStatus: params.get('status') as CoverageStatus | null,
    workerType: params.get('jenis') as WorkerType | null,
    kadinMember: params.get('kadin') === 'ya' ? true : null,
    archived: params.get('arsip') === 'ya' ? true : null,
  };
  const sort = (params.get('urut') as WorkerSort | null) ?? 'NAME';
  const descending = params.get('turun') === 'ya';
  const [{ data, fetching, error }] = useQuery({
    query: WorkersQuery,
    requestPolicy: 'cache-and-network',
    variables: { first: PAGE_SIZE, after, filter, sort, descending },
  });
  return (
    <div className="stack">
      <div className="row spread">
        <h1>{t('workers.title')}</h1>
        {access.canEdit && (
          <div className="row">
            <Link className="button secondary" to="/impor?jenis=pekerja">
              {t('import.title')}
            </Link>
            <Link className="button" to="/pekerja/baru" data-testid="new-worker">
              {t('workers.new')}
            </Link>
          </div>
        )}
      </div>
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      {!access.keepsRegistry ? (
        <NoRegistryNotice />
      ) : (
        <section className="card stack">
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
            <BusinessFilters keeper={access.keeper} />
            <ListOptions sorts={SORTS} sortLabel={(s) => t(`workers.sort.${s}`)} />
          </search>
          {error && !data && (
            <p className="error" role="alert">
              {t(`errors.${errorKey(error)}`)}
            </p>
          )}
          {fetching && !data ? (
            <p role="status">{t('loading')}</p>
          ) : data?.workers.totalCount === 0 ? (
            <p className="muted" data-testid="empty">
              {t('registry.empty')}
            </p>
          ) : (
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
          )}
          <Pager
            totalCount={data?.workers.totalCount ?? 0}
            hasNextPage={data?.workers.pageInfo.hasNextPage ?? false}
            endCursor={data?.workers.pageInfo.endCursor}
            after={after}
            setAfter={setAfter}
          />
          <ExportButtons
            kind="workers"
            filter={{ ...filter }}
            sort={sort}
            descending={descending}
            allowFull={access.canViewPersonalData}
          />
        </section>
      )}
    </div>
  );
}
