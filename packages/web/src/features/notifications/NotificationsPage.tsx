import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';

const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          message
          taskId
          read
          createdAt
        }
      }
    }
  }
`);

const MarkRead = graphql(`
  mutation MarkNotificationsRead {
    markNotificationsRead
  }
`);

/** The caller's notices; opening the page marks them read (the list still shows which were new). */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [{ data, fetching }] = useQuery({ query: NotificationsQuery, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MarkRead);
  useEffect(() => {
    if (data) void markRead({});
  }, [data, markRead]);
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  return (
    <div className="stack">
      <h1>{t('notifications.title')}</h1>
      <section className="card">
        {items.length === 0 ? (
          <p className="muted">{t('notifications.none')}</p>
        ) : (
          <ul className="notifications" data-testid="notifications">
            {items.map((n) => (
              <li key={n.id} className={n.read ? '' : 'unread'}>
                <span className="badge">{t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}</span>{' '}
                {n.taskId ? <Link to={`/tugas/${n.taskId}`}>{n.message}</Link> : n.message}
                <span className="muted small"> · {new Date(n.createdAt).toLocaleString(i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
