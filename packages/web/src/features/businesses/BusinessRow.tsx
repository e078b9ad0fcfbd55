import { KBLI_SECTIONS, SMALL_GROUP_LABEL } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';

/** What a row of a business list shows: the tenant's own registry and a partner's directory alike. */
export const BusinessRowFragment = graphql(`
  fragment BusinessRow_Business on Business {
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
    countsSuppressed
  }
`);

/** A coverage rate as a bar and a percentage, readable without the colour. */
export function CoverageBar(props: { rate: number | null | undefined; suppressed?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  if (props.suppressed)
    return (
      <abbr className="muted small" title={t('privacy.smallGroup')} data-testid="small-group">
        {SMALL_GROUP_LABEL}
      </abbr>
    );
  if (props.rate === null || props.rate === undefined)
    return <span className="muted small">{t('registry.noWorkers')}</span>;
  const percent = Math.round(props.rate * 100);
  return (
    <span className="coverage">
      <span className="coverage-bar" aria-hidden="true">
        <span style={{ width: `${percent}%` }} />
      </span>
      {f.percent(props.rate)}
    </span>
  );
}

/** A business's own worker count: it may include workers it shares with other businesses. */
export function WorkerCount(props: { enrolled: number | null; workers: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <span
      title={props.workers === null || props.enrolled === null ? t('privacy.smallGroup') : t('words.sharedWorkersNote')}
    >
      {t('words.enrolledOfWorkers', { enrolled: f.count(props.enrolled), workers: f.count(props.workers) })}
    </span>
  );
}

/** A KBLI section letter, with its title on hover. */
export function SectorCode(props: { code: string }) {
  const title = KBLI_SECTIONS[props.code as keyof typeof KBLI_SECTIONS];
  return title ? <abbr title={title}>{props.code}</abbr> : props.code;
}

/**
 * How a list shows its businesses: `registry`, the tenant's own (each name opens the record; NIB,
 * legal form and Kadin membership in columns and badges); `directory`, a partner's shared under an
 * agreement (identity and counts, nothing to open).
 */
export type BusinessListKind = 'registry' | 'directory';

export function BusinessRowHead(props: { kind: BusinessListKind }) {
  const { t } = useTranslation();
  return (
    <tr>
      <th>{t('businesses.name')}</th>
      {props.kind === 'registry' && <th>NIB</th>}
      <th>{t('registry.district')}</th>
      <th>{t('registry.sector')}</th>
      <th>{t('registry.size')}</th>
      <th>{t('businesses.workers')}</th>
      <th>{t('registry.coverage')}</th>
    </tr>
  );
}

export function BusinessRow(props: { business: FragmentType<typeof BusinessRowFragment>; kind: BusinessListKind }) {
  const { t } = useTranslation();
  const business = getFragmentData(BusinessRowFragment, props.business);
  const registry = props.kind === 'registry';
  return (
    <tr data-testid={registry ? 'business-row' : 'partner-row'}>
      {registry ? (
        <>
          <td data-label={t('businesses.name')}>
            <Link to={`/usaha/${business.id}`}>{business.name}</Link>{' '}
            <span className="badge">{t(`legalFormName.${business.legalForm}`)}</span>
            {business.kadinMember && <span className="badge kadin">Kadin</span>}
          </td>
          <td data-label="NIB">{business.nib ?? '—'}</td>
          <td data-label={t('registry.district')}>
            {business.districtName}
            <span className="muted small"> · {business.regencyName}</span>
          </td>
        </>
      ) : (
        <>
          <td data-label={t('businesses.name')}>
            {business.name} <span className="muted small">{business.nib ?? ''}</span>
          </td>
          <td data-label={t('registry.district')}>
            {business.districtName} <span className="muted small">· {business.regencyName}</span>
          </td>
        </>
      )}
      <td data-label={t('registry.sector')}>
        <SectorCode code={business.kbliSection} />
      </td>
      <td data-label={t('registry.size')}>{t(`size.${business.sizeClass}`)}</td>
      <td data-label={t('businesses.workers')}>
        <WorkerCount enrolled={business.enrolledCount} workers={business.workerCount} />
      </td>
      <td data-label={t('registry.coverage')}>
        <CoverageBar rate={business.coverageRate} suppressed={business.countsSuppressed} />
      </td>
    </tr>
  );
}
