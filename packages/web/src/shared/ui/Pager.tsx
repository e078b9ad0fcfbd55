import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';

/** The URL parameter holding the cursor of the current page. */
const CURSOR = 'setelah';

/**
 * A list's filters and page kept in the URL, so a reload, the back button or a shared link
 * shows the same page. Changing a filter goes back to the first page.
 */
export function useUrlFilters() {
  const [params, setParams] = useSearchParams();
  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== CURSOR) next.delete(CURSOR);
    setParams(next);
  };
  return { params, after: params.get(CURSOR), setParam, setAfter: (cursor: string | null) => setParam(CURSOR, cursor) };
}

export function Pager(props: {
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  after: string | null;
  setAfter: (cursor: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="row pager">
      <span className="muted">{t('common.total', { count: props.totalCount })}</span>
      {props.after && (
        <button type="button" className="plain" onClick={() => props.setAfter(null)}>
          {t('common.first')}
        </button>
      )}
      {props.hasNextPage && (
        <button type="button" className="plain" onClick={() => props.setAfter(props.endCursor ?? null)}>
          {t('common.next')}
        </button>
      )}
    </div>
  );
}
