import { KBLI_SECTIONS, REGENCIES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { BusinessCoverage, BusinessFilter, BusinessSort, LegalForm, SizeClass } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ExportButtons } from '../registry/ExportButtons';

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
          name
          nib
          legalForm
          kbliSection
          sizeClass
          districtName
          regencyName
          kadinMember
          workerCount
          enrolledCount
          coverageRate
        }
      }
    }
  }
`);

/** A coverage rate as a bar and a percentage, readable without the colour. */
export function CoverageBar(props: { rate: number | null | undefined }) {
  const { t } = useTranslation();
  if (props.rate === null || props.rate === undefined)
    return <span className="muted small">{t('registry.noWorkers')}</span>;
  const percent = Math.round(props.rate * 100);
  return (
    <span className="coverage">
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {percent}%
    </span>
  );
}

export default function BusinessesPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const access = registryAccess(props.viewer);
  const { params, after, setParam, setAfter } = useUrlFilters();
  const regencyCode = params.get('kabupaten');
  const filter: BusinessFilter = {
    search: params.get('cari'),
    regencyCode,
    districtCode: params.get('kapanewon'),
    kbliSection: params.get('sektor'),
    sizeClass: params.get('skala') as SizeClass | null,
    legalForm: params.get('bentuk') as LegalForm | null,
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
  const districts = REGENCIES.find((r) => r.code === regencyCode)?.districts ?? [];

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
      <section className="card stack">
        <search className="filters">
          <label className="grow">
            {t('registry.search')}
            <input
              type="search"
              data-testid="search"
              placeholder={t('businesses.searchHint')}
              defaultValue={filter.search ?? ''}
              onChange={(e) => setParam('cari', e.target.value.trim() || null)}
            />
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
              {Object.entries(KBLI_SECTIONS).map(([code, title]) => (
                <option key={code} value={code}>
                  {code} — {title.length > 40 ? `${title.slice(0, 40)}…` : title}
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
            {t('registry.coverage')}
            <select
              data-testid="coverage-filter"
              value={filter.coverage ?? ''}
              onChange={(e) => setParam('cakupan', e.target.value || null)}
            >
              <option value="">{t('common.all')}</option>
              {COVERAGES.map((c) => (
                <option key={c} value={c}>
                  {t(`coverage.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('registry.sort')}
            <select value={sort} onChange={(e) => setParam('urut', e.target.value === 'NAME' ? null : e.target.value)}>
              {SORTS.map((s) => (
                <option key={s} value={s}>
                  {t(`businesses.sort.${s}`)}
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
        ) : data?.businesses.totalCount === 0 ? (
          <p className="muted" data-testid="empty">
            {t('registry.empty')}
          </p>
        ) : (
          <table className="table" data-testid="business-table">
            <thead>
              <tr>
                <th>{t('businesses.name')}</th>
                <th>NIB</th>
                <th>{t('registry.district')}</th>
                <th>{t('registry.sector')}</th>
                <th>{t('registry.size')}</th>
                <th>{t('businesses.workers')}</th>
                <th>{t('registry.coverage')}</th>
              </tr>
            </thead>
            <tbody>
              {data?.businesses.edges.map(({ node }) => (
                <tr key={node.id} data-testid="business-row">
                  <td data-label={t('businesses.name')}>
                    <Link to={`/usaha/${node.id}`}>{node.name}</Link>{' '}
                    <span className="badge">{node.legalForm === 'KOPERASI' ? 'Koperasi' : 'UMKM'}</span>
                    {node.kadinMember && <span className="badge kadin">Kadin</span>}
                  </td>
                  <td data-label="NIB">{node.nib ?? '—'}</td>
                  <td data-label={t('registry.district')}>
                    {node.districtName}
                    <span className="muted small"> · {node.regencyName}</span>
                  </td>
                  <td data-label={t('registry.sector')}>{node.kbliSection}</td>
                  <td data-label={t('registry.size')}>{t(`size.${node.sizeClass}`)}</td>
                  <td data-label={t('businesses.workers')}>
                    {node.enrolledCount}/{node.workerCount}
                  </td>
                  <td data-label={t('registry.coverage')}>
                    <CoverageBar rate={node.coverageRate} />
                  </td>
                </tr>
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
        <ExportButtons kind="businesses" filter={{ ...filter }} sort={sort} descending={descending} allowFull={false} />
      </section>
    </div>
  );
}
