import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { CoverageBar } from './BusinessRow';

/** What a business's page lists about it, outside an edit. */
export const BusinessFactsFragment = graphql(`
  fragment BusinessFacts_Business on Business {
    legalForm
    nib
    kbliSection
    kbliTitle
    sizeClass
    regencyName
    districtName
    villageName
    address
    contactName
    contactPhone
    foundedYear
    kadinMember
    workerCount
    enrolledCount
    coverageRate
    updatedAt
  }
`);

export function BusinessFacts(props: { business: FragmentType<typeof BusinessFactsFragment> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const business = getFragmentData(BusinessFactsFragment, props.business);
  return (
    <dl className="facts">
      <dt>{t('registry.legalForm')}</dt>
      <dd>{t(`legalFormName.${business.legalForm}`)}</dd>
      <dt>NIB</dt>
      <dd>{business.nib ?? '—'}</dd>
      <dt>{t('registry.sector')}</dt>
      <dd>
        {business.kbliSection} — {business.kbliTitle}
      </dd>
      <dt>{t('registry.size')}</dt>
      <dd>{t(`size.${business.sizeClass}`)}</dd>
      <dt>{t('registry.district')}</dt>
      <dd>
        {business.districtName}, {business.regencyName}
      </dd>
      <dt>{t('places.village')}</dt>
      <dd>{business.villageName ?? '—'}</dd>
      <dt>{t('businesses.address')}</dt>
      <dd>{business.address}</dd>
      <dt>{t('businesses.contactName')}</dt>
      <dd>
        {business.contactName ?? '—'} {business.contactPhone ? `· ${business.contactPhone}` : ''}
      </dd>
      <dt>{t('businesses.foundedYear')}</dt>
      <dd>{business.foundedYear ?? '—'}</dd>
      <dt>Kadin</dt>
      <dd>{business.kadinMember ? t('common.yes') : t('common.no')}</dd>
      <dt>{t('businesses.workers')}</dt>
      <dd data-testid="business-counts">
        {t('businesses.counts', {
          enrolled: f.count(business.enrolledCount),
          workers: f.count(business.workerCount),
        })}{' '}
        <CoverageBar rate={business.coverageRate} />
        <span className="muted small block">{t('words.sharedWorkersNote')}</span>
      </dd>
      <dt>{t('registry.updatedAt')}</dt>
      <dd>{f.dateTime(business.updatedAt as string)}</dd>
    </dl>
  );
}
