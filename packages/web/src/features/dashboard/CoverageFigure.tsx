import { regencyOfDistrict } from '@jamsos/schema';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { ChartCanvas } from './Chart';
import { Figure, type FigureRow } from './Figure';
import { GREEN, ORANGE } from './palette';

/** One group of a coverage breakdown (a regency, a sector, a size class…). */
export const CoverageFragment = graphql(`
  fragment Coverage_Figure on CoverageFigure {
    key
    label
    businesses
    workers
    enrolled
    lapsed
    coverageRate
  }
`);

/** More bars than this make a chart nobody can read: the table carries them, grouped. */
const MAX_CHART_GROUPS = 20;

/** How a breakdown names its groups: the server sends codes for the enumerations. */
type GroupKind = 'source' | 'regency' | 'district' | 'village' | 'sector' | 'sizeClass' | 'legalForm' | 'workerType';

/** A breakdown of coverage by one dimension: a bar chart beside its table (the table alone when too many). */
export function CoverageFigure(props: {
  id: string;
  title: string;
  groups: readonly FragmentType<typeof CoverageFragment>[];
  kind: GroupKind;
  withBusinesses?: boolean;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const groups = getFragmentData(CoverageFragment, props.groups);
  const manyRegencies = new Set(groups.map((g) => g.key.slice(0, 5))).size > 1;
  const name = useMemo(
    () =>
      (g: { key: string; label: string }): string => {
        switch (props.kind) {
          case 'sizeClass':
            return t(`size.${g.key}`, { defaultValue: g.label });
          case 'legalForm':
            return t(`legalFormName.${g.key}`, { defaultValue: g.label });
          case 'workerType':
            return t(`workerType.${g.key}`, { defaultValue: g.label });
          case 'village':
            // Businesses whose village is not recorded yet form the group with no key.
            return g.key ? g.label : t('places.noVillageRecorded');
          case 'district': {
            // Two districts share a name (Jetis): name the regency whenever several are shown.
            const regency = regencyOfDistrict(g.key);
            return regency && manyRegencies ? `${g.label} (${regency.name.replace(/^Kabupaten /, '')})` : g.label;
          }
          default:
            return g.label;
        }
      },
    [props.kind, t, manyRegencies],
  );
  // Districts are read by regency: ordered by it, each under its regency's heading.
  const ordered = useMemo(
    () => (props.kind === 'district' ? [...groups].sort((a, b) => a.key.localeCompare(b.key)) : groups),
    [groups, props.kind],
  );
  const charted = ordered.length <= MAX_CHART_GROUPS;
  // A sector's bar is labelled by its KBLI letter (the table beside it names it in full), so
  // long titles are not cut off at the chart's edge.
  const labels = useMemo(
    () => ordered.map((g) => (props.kind === 'sector' ? g.key : name(g))),
    [ordered, name, props.kind],
  );
  const series = useMemo(
    () => [
      { label: t('dashboard.enrolled'), values: ordered.map((g) => g.enrolled), color: GREEN },
      {
        label: t('dashboard.notEnrolled'),
        values: ordered.map((g) => (g.workers === null || g.enrolled === null ? null : g.workers - g.enrolled)),
        color: ORANGE,
      },
    ],
    [ordered, t],
  );
  const withBusinesses = props.withBusinesses !== false;
  const columns = [
    t('dashboard.group'),
    ...(withBusinesses ? [t('dashboard.businesses')] : []),
    t('dashboard.workers'),
    t('dashboard.enrolled'),
    t('words.ratePercent'),
  ];
  const rows: FigureRow[] = ordered.map((g) => ({
    key: g.key,
    section: props.kind === 'district' ? (regencyOfDistrict(g.key)?.name ?? undefined) : undefined,
    cells: [
      name(g),
      ...(withBusinesses ? [g.businesses ?? 0] : []),
      g.workers,
      g.enrolled,
      { percent: g.coverageRate },
    ],
  }));
  return (
    <Figure
      id={props.id}
      title={props.title}
      chart={
        charted ? (
          <ChartCanvas kind="bar" horizontal labels={labels} series={series} />
        ) : (
          <p className="muted chart-note" data-testid={`${props.id}-chart-note`}>
            {t('words.chartTooMany', { count: ordered.length, formatted: f.number(ordered.length) })}
          </p>
        )
      }
      columns={columns}
      rows={rows}
      note={props.kind === 'workerType' ? undefined : t('words.breakdownNote')}
    />
  );
}
