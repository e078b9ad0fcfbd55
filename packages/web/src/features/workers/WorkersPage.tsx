import { KBLI_SECTIONS, REGENCIES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { CoverageStatus, LegalForm, SizeClass, WorkerFilter, WorkerSort, WorkerType } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';

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
          nik
          fullName
          sex
          birthYear
          workerType
          occupation
          coverageStatus
          programmes
          kpj
          businesses {
            id
            name
          }
        }
      }
    }
  }
`);

export function StatusBadge(props: { status: CoverageStatus }) {
  const { t } = useTranslation();
  return <span className={`badge coverage-${props.status.toLowerCase()}`}>{t(`coverageStatus.${props.status}`)}</span>;
}

export default function WorkersPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const access = registryAccess(props.viewer);
  const { params, after, setParam, setAfter } = useUrlFilters();
  const regencyCode = params.get('kabupaten');
  const filter: WorkerFilter = {
    search: params.get('cari'),
    businessId: params.get('usaha'),
    regencyCode,
    districtCode: params.get('kapanewon'),
    kbliSection: params.get('sektor'),
    coverageStatus: params.get('status') as CoverageStatus | null,
    workerType: params.get('jenis') as WorkerType | null,
    sizeClass: params.get('skala') as SizeClass | null,
    legalForm: params.get('bentuk') as LegalForm | null,
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
  const districts = REGENCIES.find((r) => r.code === regencyCode)?.districts ?? [];
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
          <label className="grow">
            {t('registry.search')}
            <input
              type="search"
              data-testid="search"
              placeholder={access.canViewPersonalData ? t('workers.searchHint') : t('workers.searchHintViewer')}
              defaultValue={filter.search ?? ''}
              onChange={(e) => setParam('cari', e.target.value.trim() || null)}
            />
          </label>
          <label>
            {t('registry.coverageStatus')}
            <select
              data-testid="status-filter"
              value={filter.coverageStatus ?? ''}
              onChange={(e) => setParam('status', e.target.value || null)}
            >
              <option value="">{t('common.all')}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`coverageStatus.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('workers.type')}
            <select value={filter.workerType ?? ''} onChange={(e) => setParam('jenis', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              <option value="PU">{t('workerType.PU')}</option>
              <option value="BPU">{t('workerType.BPU')}</option>
            </select>
          </label>
          <label>
            {t('registry.regency')}
            <select value={regencyCode ?? ''} onChange={(e) => setParam('kabupaten', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              {REGENCIES.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.district')}
            <select
              value={filter.districtCode ?? ''}
              disabled={!regencyCode}
              onChange={(e) => setParam('kapanewon', e.target.value || null)}
            >
              <option value="">{t('common.all')}</option>
              {districts.map((d) => (
                <option key={d.code} value={d.code}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.sector')}
            <select value={filter.kbliSection ?? ''} onChange={(e) => setParam('sektor', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              {Object.keys(KBLI_SECTIONS).map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.size')}
            <select value={filter.sizeClass ?? ''} onChange={(e) => setParam('skala', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              {(['MIKRO', 'KECIL', 'MENENGAH'] as const).map((s) => (
                <option key={s} value={s}>
                  {t(`size.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.legalForm')}
            <select value={filter.legalForm ?? ''} onChange={(e) => setParam('bentuk', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              <option value="KOPERASI">Koperasi</option>
              <option value="UMKM">UMKM</option>
            </select>
          </label>
          <label>
            {t('registry.sort')}
            <select value={sort} onChange={(e) => setParam('urut', e.target.value === 'NAME' ? null : e.target.value)}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`workers.sort.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={descending}
              onChange={(e) => setParam('turun', e.target.checked ? 'ya' : null)}
            />
            {t('registry.descending')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={filter.kadinMember === true}
              onChange={(e) => setParam('kadin', e.target.checked ? 'ya' : null)}
            />
            {t('registry.kadinOnly')}
          </label>
          <label className="check">
            <input
              type="checkbox"
              checked={filter.archived === true}
              onChange={(e) => setParam('arsip', e.target.checked ? 'ya' : null)}
            />
            {t('registry.archived')}
          </label>
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
                <tr key={node.id} data-testid="worker-row">
                  <td data-label={t('workers.name')}>
                    <Link to={`/pekerja/${node.id}`}>{node.fullName}</Link>
                    <span className="muted small">
                      {' '}
                      · {t(`sex.${node.sex}`)}, {node.birthYear}
                    </span>
                  </td>
                  <td data-label="NIK" className="mono">
                    {node.nik}
                  </td>
                  <td data-label={t('workers.type')}>
                    {node.workerType}
                    {node.occupation && <span className="muted small"> · {node.occupation}</span>}
                  </td>
                  <td data-label={t('registry.coverageStatus')}>
                    <StatusBadge status={node.coverageStatus} />
                  </td>
                  <td data-label={t('workers.programmes')}>{node.programmes.join(', ') || '—'}</td>
                  <td data-label={t('workers.businesses')}>
                    {node.businesses.map((b) => (
                      <Link key={b.id} to={`/usaha/${b.id}`} className="block">
                        {b.name}
                      </Link>
                    ))}
                  </td>
                </tr>
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
    </div>
  );
}
