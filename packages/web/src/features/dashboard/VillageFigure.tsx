import { districtByCode } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DashboardFilter } from '../../gql/graphql';
import { CoverageFigure } from './CoverageFigure';

const DashboardVillagesQuery = graphql(`
  query DashboardVillages($districtCode: String!, $filter: DashboardFilter) {
    dashboardVillages(districtCode: $districtCode, filter: $filter) {
      ...Coverage_Figure
    }
  }
`);

/**
 * The district chosen in the filters, by kalurahan/kelurahan: the tenant's own registry only
 * (agreements share districts, never villages), so nothing shows while another source is chosen.
 */
export function VillageFigure(props: { districtCode: string; filter: DashboardFilter; ownSource: boolean }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({
    query: DashboardVillagesQuery,
    variables: { districtCode: props.districtCode, filter: props.filter },
    pause: !props.ownSource,
  });
  const district = districtByCode(props.districtCode);
  if (!props.ownSource || !district || !data) return null;
  return (
    <CoverageFigure
      id="per-kalurahan"
      kind="village"
      title={t('places.villagesOf', { district: district.name })}
      groups={data.dashboardVillages}
    />
  );
}
