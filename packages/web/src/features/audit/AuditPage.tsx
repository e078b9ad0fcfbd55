import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { type Formatters, useFormat } from '../../i18n/format';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { SelectFilter } from '../registry/Filters';

const PAGE_SIZE = 50;

/** The actions the portal records, each with its words; any other reads as "another action". */
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
  'user.resetPassword',
  'user.emailPreferences',
  'job.retry',
  'access.denied',
  'session.loginFailed',
  'session.locked',
  'business.create',
  'business.update',
  'business.archive',
  'business.restore',
  'business.import',
  'business.export',
  'worker.create',
  'worker.update',
  'worker.archive',
  'worker.restore',
  'worker.import',
  'worker.export',
  'worker.exportPersonalData',
  'worker.viewPersonalData',
  'agreement.grant',
  'agreement.revoke',
  'task.create',
  'task.transition',
  'task.assignUser',
  'task.reportVisit',
  'task.comment',
] as const;

/** Objects the trail names, and the page that shows each one (by its global id). */
const OBJECT_PAGES: Record<string, string> = { Business: '/usaha/', Worker: '/pekerja/', OutreachTask: '/tugas/' };

/** Fields whose values are codes of a vocabulary, and the i18n prefix that words them. */
const VALUE_WORDS: Record<string, string> = {
  role: 'role',
  status: 'statusAny',
  scope: 'scope',
  sizeClass: 'size',
  legalForm: 'legalFormName',
  workerType: 'workerType',
  coverageStatus: 'coverageStatus',
  from: 'statusAny',
  to: 'statusAny',
  priority: 'priorityName',
  sex: 'sex',
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Standard base64url, as the server builds global ids (`<Type>:<uuid>`). */
function globalId(type: string, id: string): string {
  return btoa(`${type}:${id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** One recorded value in the reader's words: dates formatted, codes named, empties as a dash. */
function describeValue(field: string, value: unknown, t: TFunction, f: Formatters): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (typeof value === 'number') return f.number(value);
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string' && UUID.test(v))) return t('audit.items', { count: value.length });
    return value.map((v) => describeValue(field, v, t, f)).join(', ');
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== null && v !== undefined);
    if (entries.length === 0) return t('audit.none');
    return entries.map(([k, v]) => `${fieldName(k, t)} ${describeValue(k, v, t, f)}`).join(', ');
  }
  const text = String(value);
  if (ISO_MOMENT.test(text)) return f.dateTime(text);
  if (ISO_DAY.test(text)) return f.date(text);
  if (UUID.test(text)) return t('audit.items', { count: 1 });
  const words = VALUE_WORDS[field];
  return words ? t(`${words}.${text}`, { defaultValue: text }) : text;
}

function fieldName(field: string, t: TFunction): string {
  return t(`audit.fields.${field}`, { defaultValue: field });
}

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

/** `{ role: { before: 'VIEWER', after: 'STAFF' } }` → `Peran: Pemantau → Staf`, in the reader's words. */
export function describeChanges(action: string, changes: unknown, t: TFunction, f: Formatters): string {
  // A refusal records the rule and operation for developers; the reader needs only the action.
  if (action === 'access.denied') return '';
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .filter(([field]) => field !== 'version')
    .map(([field, value]) => {
      if (value && typeof value === 'object' && 'before' in value && 'after' in value) {
        return `${fieldName(field, t)}: ${describeValue(field, value.before, t, f)} → ${describeValue(field, value.after, t, f)}`;
      }
      return `${fieldName(field, t)}: ${describeValue(field, value, t, f)}`;
    })
    .join('; ');
}

export default function AuditPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const { params, after, setParam } = useUrlFilters();
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
  return (
    <div className="stack">
      <h1>{t('audit.title')}</h1>
      <section className="card stack">
        <div className="row">
          <SelectFilter
            label={t('audit.action')}
            param="aksi"
            options={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`audit.actions.${a}`) }))}
          />
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
                  <td data-label={t('audit.time')}>{f.dateTime(node.createdAt as string)}</td>
                  <td data-label={t('audit.actor')}>{node.actorEmail}</td>
                  <td data-label={t('audit.action')}>
                    {(AUDIT_ACTIONS as readonly string[]).includes(node.action)
                      ? t(`audit.actions.${node.action}`)
                      : t('audit.otherAction')}
                  </td>
                  <td data-label={t('audit.object')}>
                    {t(`audit.objects.${node.objectType}`, { defaultValue: t('audit.otherObject') })}
                    {node.objectId && OBJECT_PAGES[node.objectType] && UUID.test(node.objectId) ? (
                      <>
                        {' '}
                        <Link
                          className="small"
                          to={`${OBJECT_PAGES[node.objectType]}${globalId(node.objectType, node.objectId)}`}
                        >
                          {t('audit.open')}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td data-label={t('audit.changes')}>{describeChanges(node.action, node.changes, t, f)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <Pager connection={data?.auditLog} />
      </section>
    </div>
  );
}
