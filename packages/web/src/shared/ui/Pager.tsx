import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFormat } from '../../i18n/format';

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

/**
 * The row offset an (offset) cursor points at, or null for a cursor of another shape. The server's
 * cursors are `base64url("offset:<n>")` (modules/common/connection.ts).
 */
export function offsetOf(cursor: string | null | undefined): number | null {
  if (!cursor) return null;
  try {
    const match = /^offset:(\d{1,9})$/.exec(atob(cursor.replace(/-/g, '+').replace(/_/g, '/')));
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** The cursor that starts a page at row `start` (0-based): the one of the row before it. */
function cursorBefore(start: number): string | null {
  return start <= 0
    ? null
    : btoa(`offset:${start - 1}`)
        .replace(/\+/g, '-')
        .replace(/\//g, '_')
        .replace(/=+$/, '');
}

/** What a Pager reads of a list's connection: its size and where its page ends. */
export interface PagedConnection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * "21–40 dari 2.508" with first, previous and next, for the list whose page `useUrlFilters` keeps
 * in the URL. `connection` is the list as the server last sent it (none while it loads: no pages).
 * The page size is what a full page showed (`pageSize` where the last page may be the only one seen).
 */
export function Pager(props: {
  connection: PagedConnection | null | undefined;
  /** The list's page size; a full page (one with a next) tells it too. */
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { after, setAfter } = useUrlFilters();
  const totalCount = props.connection?.totalCount ?? 0;
  const hasNextPage = props.connection?.pageInfo.hasNextPage ?? false;
  const endCursor = props.connection?.pageInfo.endCursor;
  const afterOffset = offsetOf(after);
  const start = after ? (afterOffset === null ? null : afterOffset + 1) : 0;
  const endOffset = offsetOf(endCursor);
  const end = endOffset === null ? null : endOffset + 1;
  const shown = start !== null && end !== null ? end - start : null;
  const pageSize = hasNextPage && shown ? shown : (props.pageSize ?? 20);
  return (
    <nav className="row pager" aria-label={t('common.pages')}>
      <span className="muted" data-testid="pager-range">
        {start !== null && end !== null && totalCount > 0
          ? t('common.range', {
              from: format.number(start + 1),
              to: format.number(end),
              total: format.number(totalCount),
            })
          : t('common.total', { count: totalCount })}
      </span>
      {after && (start === null || start > pageSize) && (
        <button type="button" className="plain" data-testid="pager-first" onClick={() => setAfter(null)}>
          {t('common.first')}
        </button>
      )}
      {after && start !== null && (
        <button
          type="button"
          className="plain"
          data-testid="pager-previous"
          onClick={() => setAfter(cursorBefore(start - pageSize))}
        >
          {t('common.previous')}
        </button>
      )}
      {hasNextPage && (
        <button type="button" className="plain" data-testid="pager-next" onClick={() => setAfter(endCursor ?? null)}>
          {t('common.next')}
        </button>
      )}
    </nav>
  );
}
