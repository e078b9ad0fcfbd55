import type { SizeClass } from '@jamsos/schema';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

const BusinessChoices = graphql(`
  query BusinessChoices($search: String) {
    businesses(first: 50, filter: { search: $search }) {
      edges {
        node {
          id
          name
          nib
          sizeClass
          districtName
        }
      }
    }
  }
`);

/** A business a worker works for, as the form keeps it (its size class sets the income rules). */
export interface Chosen {
  id: string;
  name: string;
  sizeClass: SizeClass;
}

/** Choose the businesses a worker works for, from the tenant's own registry. */
export function BusinessPicker(props: {
  chosen: Chosen[];
  onChange: (chosen: Chosen[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [{ data }] = useQuery({ query: BusinessChoices, variables: { search: search || null } });
  const options = (data?.businesses.edges ?? [])
    .map((e) => e.node)
    .filter((b) => !props.chosen.some((c) => c.id === b.id));
  return (
    <fieldset className={props.error ? 'field full invalid' : 'field full'}>
      <legend>{t('workers.businesses')}</legend>
      <ul className="chips">
        {props.chosen.map((b) => (
          <li key={b.id}>
            {b.name}{' '}
            <button
              type="button"
              className="plain"
              aria-label={t('common.remove')}
              onClick={() => props.onChange(props.chosen.filter((c) => c.id !== b.id))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row">
        <input
          type="search"
          data-testid="business-search"
          aria-label={t('workers.findBusiness')}
          placeholder={t('workers.findBusiness')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
        <select
          data-testid="business-choice"
          aria-label={t('workers.addBusiness')}
          value=""
          onChange={(e) => {
            const b = options.find((o) => o.id === e.target.value);
            if (b) props.onChange([...props.chosen, { id: b.id, name: b.name, sizeClass: b.sizeClass }]);
          }}
        >
          <option value="">{t('workers.addBusiness')}</option>
          {options.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name} ({b.nib ?? b.districtName})
            </option>
          ))}
        </select>
      </div>
      {props.error && (
        <span className="error small" role="alert" data-testid="worker-businessIds-error">
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
