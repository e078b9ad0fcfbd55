import { KBLI_SECTIONS, LEGAL_FORMS, regencies, SIZE_CLASSES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import type { LegalForm, SizeClass } from '../../gql/graphql';
import { useUrlFilters } from '../../shared/ui/Pager';

/**
 * The registry lists' filters. Each one reads and writes its own URL parameter, so a filtered
 * list survives a reload and can be shared as a link; the pages only read the parameters.
 */
export function SelectFilter(props: {
  label: string;
  param: string;
  options: readonly { value: string; label: string }[];
  testId?: string;
  disabled?: boolean;
  /** The value that stands for "no parameter" (e.g. the default sort); "all" when not given. */
  defaultValue?: string;
}) {
  const { t } = useTranslation();
  const { params, setParam } = useUrlFilters();
  return (
    <label>
      {props.label}
      <select
        data-testid={props.testId}
        disabled={props.disabled}
        value={params.get(props.param) ?? props.defaultValue ?? ''}
        onChange={(e) => setParam(props.param, e.target.value === (props.defaultValue ?? '') ? null : e.target.value)}
      >
        {props.defaultValue === undefined && <option value="">{t('common.all')}</option>}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CheckFilter(props: { label: string; param: string }) {
  const { params, setParam } = useUrlFilters();
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={params.get(props.param) === 'ya'}
        onChange={(e) => setParam(props.param, e.target.checked ? 'ya' : null)}
      />
      {props.label}
    </label>
  );
}

export function SearchFilter(props: { placeholder: string }) {
  const { t } = useTranslation();
  const { params, setParam } = useUrlFilters();
  return (
    <label className="grow">
      {t('registry.search')}
      <input
        type="search"
        data-testid="search"
        placeholder={props.placeholder}
        defaultValue={params.get('cari') ?? ''}
        onChange={(e) => setParam('cari', e.target.value.trim() || null)}
      />
    </label>
  );
}

/** What `BusinessFilters` put in the URL, as the fields the lists' and the dashboard's filters share. */
export function businessFilterFields(params: URLSearchParams) {
  return {
    regencyCode: params.get('kabupaten'),
    districtCode: params.get('kapanewon'),
    kbliSection: params.get('sektor'),
    sizeClass: params.get('skala') as SizeClass | null,
    legalForm: params.get('bentuk') as LegalForm | null,
  };
}

/**
 * Regency, then the districts of the chosen regency; sector; size class and legal form.
 * A regency's own staff see only their regency's districts: the other regencies hold nothing of
 * theirs, so offering them would only lead to empty lists.
 */
export function BusinessFilters(props: { keeper?: { kind: string; regencyCode: string | null } | undefined }) {
  const { t } = useTranslation();
  const { params } = useUrlFilters();
  const ownRegency =
    props.keeper?.kind === 'REGENCY' ? regencies().find((r) => r.code === props.keeper?.regencyCode) : undefined;
  const regency = ownRegency ?? regencies().find((r) => r.code === params.get('kabupaten'));
  return (
    <>
      {!ownRegency && (
        <SelectFilter
          label={t('registry.regency')}
          testId="regency-filter"
          param="kabupaten"
          options={regencies().map((r) => ({ value: r.code, label: r.name }))}
        />
      )}
      <SelectFilter
        label={t('registry.district')}
        testId="district-filter"
        param="kapanewon"
        disabled={!regency}
        options={(regency?.districts ?? []).map((d) => ({ value: d.code, label: d.name }))}
      />
      <SelectFilter
        label={t('registry.sector')}
        param="sektor"
        options={Object.entries(KBLI_SECTIONS).map(([code, title]) => ({
          value: code,
          label: `${code} — ${title.length > 40 ? `${title.slice(0, 40)}…` : title}`,
        }))}
      />
      <SelectFilter
        label={t('registry.size')}
        param="skala"
        options={SIZE_CLASSES.map((s) => ({ value: s, label: t(`size.${s}`) }))}
      />
      <SelectFilter
        label={t('registry.legalForm')}
        param="bentuk"
        options={LEGAL_FORMS.map((v) => ({ value: v, label: t(`legalFormName.${v}`) }))}
      />
    </>
  );
}

/** Sort order, direction, Kadin members and the archive: the tail of every registry filter bar. */
export function ListOptions(props: { sorts: readonly string[]; sortLabel: (sort: string) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <SelectFilter
        label={t('registry.sort')}
        param="urut"
        defaultValue={props.sorts[0]}
        options={props.sorts.map((s) => ({ value: s, label: props.sortLabel(s) }))}
      />
      <CheckFilter label={t('registry.descending')} param="turun" />
      <CheckFilter label={t('registry.kadinOnly')} param="kadin" />
      <CheckFilter label={t('registry.archived')} param="arsip" />
    </>
  );
}
