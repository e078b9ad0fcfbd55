import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';

const PAGE_SIZE = 50;

/** The actions the portal records; others are shown by their code. */
export const AUDIT_ACTIONS = [
  'session.login',
  'session.logout',
  'session.logoutEverywhere',
  'user.invite',
  'user.acceptInvitation',
  'user.changeRole',
  'user.deactivate',
  'user.reactivate',
  'organization.provision',
  'access.denied',
] as const;

const AuditQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $action: String, $actorEmail: String) {
    auditLog(first: $first, after: $after, action: $action, actorEmail: $actorEmail) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          action
          objectType
          objectId
          actorEmail
          changes
          createdAt
        }
      }
    }
  }
`);

/** `{ role: { before: 'VIEWER', after: 'STAFF' } }` → `role: VIEWER → STAFF`. */
export function describeChanges(changes: unknown): string {
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .map(([field, value]) => {
      if (value && typeof value === 'object' && 'before' in value && 'after' in value) {
        return `${field}: ${String(value.before)} → ${String(value.after)}`;
      }
      return `${field}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`;
    })
    .join('; ');
}

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const { params, after, setParam, setAfter } = useUrlFilters();
  const action = params.get('aksi');
  const actorEmail = params.get('pelaku');
  const [{ data, fetching, error }] = useQuery({
    query: AuditQuery,
    // Others change these lists too: show the cached page at once, then the server's.
    requestPolicy: 'cache-and-network',
    variables: { first: PAGE_SIZE, after, action, actorEmail },
  });
  if (error && !data) {
    return (
      <p className="error card" role="alert" data-testid="not-allowed">
        {t(`errors.${errorKey(error)}`)}
      </p>
    );
  }
  const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (
    <div className="stack">
      <h1>{t('audit.title')}</h1>
      <section className="card stack">
        <div className="row">
          <label>
            {t('audit.action')}
            <select value={action ?? ''} onChange={(e) => setParam('aksi', e.target.value || null)}>
              <option value="">{t('common.all')}</option>
              {AUDIT_ACTIONS.map((a) => (
                <option key={a} value={a}>
                  {t(`audit.actions.${a}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('audit.actor')}
            <input
              type="search"
              defaultValue={actorEmail ?? ''}
              placeholder="staff@bantul.demo"
              onKeyDown={(e) => {
                if (e.key === 'Enter') setParam('pelaku', e.currentTarget.value.trim() || null);
              }}
            />
          </label>
        </div>
        {fetching && !data ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('audit.time')}</th>
                <th>{t('audit.actor')}</th>
                <th>{t('audit.action')}</th>
                <th>{t('audit.object')}</th>
                <th>{t('audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data?.auditLog.edges.map(({ node }) => (
                <tr key={node.id} data-testid="audit-row">
                  <td data-label={t('audit.time')}>{time.format(new Date(node.createdAt as string))}</td>
                  <td data-label={t('audit.actor')}>{node.actorEmail}</td>
                  <td data-label={t('audit.action')}>
                    {(AUDIT_ACTIONS as readonly string[]).includes(node.action)
                      ? t(`audit.actions.${node.action}`)
                      : node.action}
                  </td>
                  <td data-label={t('audit.object')}>
                    {node.objectType}
                    {node.objectId ? <span className="muted small"> {node.objectId}</span> : null}
                  </td>
                  <td data-label={t('audit.changes')}>{describeChanges(node.changes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager
          totalCount={data?.auditLog.totalCount ?? 0}
          hasNextPage={data?.auditLog.pageInfo.hasNextPage ?? false}
          endCursor={data?.auditLog.pageInfo.endCursor}
          after={after}
          setAfter={setAfter}
        />
      </section>
    </div>
  );
}
