import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { NoticeText } from './Notice';

const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          ...NoticeText_Notification
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

/**
 * The caller's notices. Opening the page marks them read once per visit (the list still shows
 * which were new): marking on every change of the list, while marking invalidated the list,
 * fetched and marked in a loop, dozens of requests a second.
 */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [{ data, fetching }] = useQuery({ query: NotificationsQuery, requestPolicy: 'network-only' });
  const [, markRead] = useMutation(MarkRead);
  const marked = useRef(false);
  useEffect(() => {
    if (!data || marked.current) return;
    marked.current = true;
    if (data.notifications.edges.some((e) => !e.node.read)) void markRead({});
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
              <li key={n.id} className={n.read ? '' : 'unread'} data-testid="notification">
                <span className="badge">{t(`notifications.kind.${n.kind}`, { defaultValue: n.kind })}</span>{' '}
                <NoticeText notice={n} />
                <span className="muted small"> · {format.dateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
