import { KBLI_SECTIONS, PROGRAMMES, protectCount, protectedRate } from '@jamsos/schema';
import { districtName, regencyName } from '../business/business.type';
import { type Cells, COUNT_COLUMNS, DIMENSIONS, type Row, WORKER_DIMENSIONS } from './dashboard.cells';
import type {
  AssigneeProgressType,
  CoverageFigureType,
  DashboardSourceType,
  DashboardType,
  EnrolmentMonthType,
  ProgrammeFigureType,
} from './dashboard.type';

const rate = (enrolled: number, workers: number) => (workers > 0 ? enrolled / workers : 0);

/** Which grouping set a row of a GROUPING SETS query belongs to: the one column that is set. */
function setOf(row: Row, columns: readonly string[]): string | null {
  return columns.find((c) => row[c] !== null) ?? null;
}

/**
 * The dashboard from its cells: each person once (the cells' counts less what they counted
 * twice), every breakdown sorted, the trend's running total and the programme mix. No database.
 */
export function figuresOf(
  cells: Cells,
  sources: DashboardSourceType[],
  taskProgress: AssigneeProgressType[],
): DashboardType {
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const workerDims = WORKER_DIMENSIONS;
  // Each person once: the cells' counts less what they counted twice, per set and group.
  const excess = new Map(cells.excess.map((row) => [`${row.set}:${row.key}`, row]));
  const coverage = cells.coverage.map((row) => {
    const set = setOf(row, workerDims);
    const twice = excess.get(set === null ? ':' : `${set}:${row[set]}`);
    if (!twice) return row;
    const once: Row = { ...row };
    for (const column of COUNT_COLUMNS) once[column] = Number(row[column]) - Number(twice[column]);
    return once;
  });
  const businesses = cells.businesses;
  const window = cells.trend;
  const businessesBy = new Map<string, Row>();
  for (const row of businesses) {
    const set = setOf(row, DIMENSIONS);
    businessesBy.set(set === null ? '' : `${set}:${row[set]}`, row);
  }
  const figure = (set: string | null, row: Row): CoverageFigureType => {
    const key = set === null ? '' : String(row[set]);
    const b = set === 'worker_type' ? undefined : businessesBy.get(set === null ? '' : `${set}:${key}`);
    const workers = Number(row.workers);
    const enrolled = Number(row.enrolled);
    return {
      key,
      label: labelOf(set, key, names),
      businesses: b ? Number(b.businesses) : set === 'worker_type' ? null : 0,
      coveredBusinesses: b ? Number(b.covered_businesses) : set === 'worker_type' ? null : 0,
      workers,
      enrolled,
      lapsed: Number(row.lapsed),
      coverageRate: rate(enrolled, workers),
      suppressed: false,
    };
  };
  const groups = new Map<string | null, CoverageFigureType[]>();
  let totalsRow: Row | undefined;
  for (const row of coverage) {
    const set = setOf(row, workerDims);
    if (set === null) totalsRow = row;
    else groups.set(set, [...(groups.get(set) ?? []), figure(set, row)]);
  }
  // Groups with businesses but no workers still show (with zero workers).
  for (const row of businesses) {
    const set = setOf(row, DIMENSIONS);
    if (set === null) continue;
    const list = groups.get(set) ?? [];
    if (!list.some((f) => f.key === row[set]))
      groups.set(set, [
        ...list,
        figure(set, { [set]: row[set] ?? '', workers: '0', enrolled: '0', lapsed: '0' } as Row),
      ]);
  }
  const emptyRow: Row = { workers: '0', enrolled: '0', lapsed: '0', jkk: '0', jkm: '0', jht: '0', jp: '0', jkp: '0' };
  const totals = figure(null, totalsRow ?? emptyRow);
  totals.label = 'Total';
  const sorted = (set: string, by: 'key' | 'workers' = 'key') =>
    [...(groups.get(set) ?? [])].sort((a, b) =>
      by === 'workers' ? (b.workers ?? 0) - (a.workers ?? 0) || a.key.localeCompare(b.key) : a.key.localeCompare(b.key),
    );
  const enrolledTotal = Number((totalsRow ?? emptyRow).enrolled);
  // Each month's enrolments once per person; the running total is the enrolled total less those
  // enrolled in later months of the window (as the cells' own `later`, but counted once).
  const monthly = window.map((m) => ({
    month: m.month,
    enrolled: m.enrolled - Number(excess.get(`month:${m.month}`)?.enrolled ?? 0),
  }));
  let later = 0;
  const trend: EnrolmentMonthType[] = monthly
    .reverse()
    .map((m) => {
      const point = { ...m, cumulative: enrolledTotal - later };
      later += m.enrolled;
      return point;
    })
    .reverse();
  const programmeMix: ProgrammeFigureType[] = PROGRAMMES.map((programme) => {
    const workers = Number((totalsRow ?? emptyRow)[programme.toLowerCase()]);
    return { programme, workers, share: rate(workers, enrolledTotal) };
  });

  return {
    sources,
    smallGroupsProtected: false,
    totals,
    workersWithSeveralEmployers: Number(excess.get(':')?.people ?? 0),
    bySource: sorted('organization_id', 'workers'),
    byRegency: sorted('regency_code'),
    byDistrict: sorted('district_code'),
    bySector: sorted('kbli_section'),
    bySizeClass: sorted('size_class'),
    byLegalForm: sorted('legal_form'),
    byWorkerType: sorted('worker_type'),
    enrolmentTrend: trend,
    programmeMix,
    taskProgress,
  };
}

function labelOf(set: string | null, key: string, names: Map<string, string>): string {
  switch (set) {
    case 'organization_id':
      return names.get(key) ?? key;
    case 'regency_code':
      return regencyName(key);
    case 'district_code':
      return districtName(key);
    case 'kbli_section':
      return `${key} — ${KBLI_SECTIONS[key as keyof typeof KBLI_SECTIONS] ?? key}`;
    default:
      return key;
  }
}

/**
 * The dashboard as it may be shown when it includes another tenant's data: every count of people
 * through `protectCount` (1–4 suppressed, the rest rounded to 5; see packages/schema privacy.ts),
 * rates from the published counts. Business counts are not people and stay exact.
 */
export function protectFigures(value: DashboardType): DashboardType {
  const figure = (f: CoverageFigureType): CoverageFigureType => {
    const workers = f.workers === null ? null : protectCount(f.workers);
    const enrolled = f.enrolled === null ? null : protectCount(f.enrolled);
    const lapsed = f.lapsed === null ? null : protectCount(f.lapsed);
    const suppressed = workers === null || enrolled === null || lapsed === null;
    const coverageRate = workers === 0 ? 0 : protectedRate(enrolled, workers);
    return { ...f, workers, enrolled, lapsed, coverageRate, suppressed };
  };
  const totals = figure(value.totals);
  return {
    ...value,
    smallGroupsProtected: true,
    totals,
    workersWithSeveralEmployers:
      value.workersWithSeveralEmployers === null ? null : protectCount(value.workersWithSeveralEmployers),
    bySource: value.bySource.map(figure),
    byRegency: value.byRegency.map(figure),
    byDistrict: value.byDistrict.map(figure),
    bySector: value.bySector.map(figure),
    bySizeClass: value.bySizeClass.map(figure),
    byLegalForm: value.byLegalForm.map(figure),
    byWorkerType: value.byWorkerType.map(figure),
    enrolmentTrend: value.enrolmentTrend.map((m) => ({
      month: m.month,
      enrolled: m.enrolled === null ? null : protectCount(m.enrolled),
      cumulative: m.cumulative === null ? null : protectCount(m.cumulative),
    })),
    programmeMix: value.programmeMix.map((p) => {
      const workers = p.workers === null ? null : protectCount(p.workers);
      return { programme: p.programme, workers, share: protectedRate(workers, totals.enrolled) };
    }),
  };
}
