import { villageByCode } from '@jamsos/schema';
import type { RequestScope } from '../common/scope';
import type { CoverageFigureType, DashboardFilterInput } from './dashboard.type';

/**
 * One district broken down by kalurahan/kelurahan: the caller's own businesses only (never a
 * grantor's: agreements share the district cells, not villages). Villages are not in the summary
 * cells, so this counts rows, but only one district's of one tenant — a few hundred businesses —
 * in one statement. Businesses without a recorded village form the group with key ''.
 *
 * A worker employed by two businesses of the district counts in each (as the business counts do).
 */
export async function villageFigures(
  scope: RequestScope,
  districtCode: string,
  filter: DashboardFilterInput,
  ownSourceOnly: boolean,
): Promise<CoverageFigureType[]> {
  if (!ownSourceOnly) return [];
  const conditions = ['b.organization_id = ?::uuid', 'b.archived_at is null', 'b.district_code = ?'];
  const params: unknown[] = [scope.tenantId, districtCode];
  for (const [column, value] of [
    ['b.kbli_section', filter.kbliSection],
    ['b.size_class', filter.sizeClass],
    ['b.legal_form', filter.legalForm],
  ] as const) {
    if (!value) continue;
    conditions.push(`${column} = ?`);
    params.push(value);
  }
  const workerType = filter.workerType ? 'and w.worker_type = ?' : '';
  const rows = await scope.em.execute<
    { key: string; businesses: number; covered: number; workers: number; enrolled: number; lapsed: number }[]
  >(
    `with b as (
       select b.id, coalesce(b.village_code, '') as village from business b where ${conditions.join(' and ')}
     ), bc as (
       select b.village, count(*)::int as businesses,
              count(*) filter (where c.worker_count > 0 and c.enrolled_count = c.worker_count)::int as covered
         from b left join business_counts c on c.business_id = b.id and c.organization_id = ?::uuid
        group by b.village
     ), wc as (
       select b.village, count(*)::int as workers,
              count(*) filter (where w.coverage_status = 'ENROLLED')::int as enrolled,
              count(*) filter (where w.coverage_status = 'LAPSED')::int as lapsed
         from b
         join employment e on e.organization_id = ?::uuid and e.business_id = b.id
         join worker w on w.organization_id = e.organization_id and w.id = e.worker_id and w.archived_at is null ${workerType}
        group by b.village
     )
     select bc.village as key, bc.businesses, bc.covered, coalesce(wc.workers, 0) as workers,
            coalesce(wc.enrolled, 0) as enrolled, coalesce(wc.lapsed, 0) as lapsed
       from bc left join wc on wc.village = bc.village`,
    [...params, scope.tenantId, scope.tenantId, ...(filter.workerType ? [filter.workerType] : [])],
  );
  return rows
    .map((row) => ({
      key: row.key,
      label: row.key ? (villageByCode(row.key)?.name ?? row.key) : '',
      businesses: row.businesses,
      coveredBusinesses: row.covered,
      workers: row.workers,
      enrolled: row.enrolled,
      lapsed: row.lapsed,
      coverageRate: row.workers > 0 ? row.enrolled / row.workers : 0,
      // The caller's own registry only (agreements share district figures, never villages), so
      // nothing here is another tenant's small group to protect.
      suppressed: false,
    }))
    .sort((a, b) => (a.key === '' ? 1 : b.key === '' ? -1 : a.key.localeCompare(b.key)));
}
