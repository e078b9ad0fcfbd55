import type { TFunction } from 'i18next';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { NotificationsQuery as NotificationsData } from '../../gql/graphql';
import { type Formatters, useFormat } from '../../i18n/format';

const NotificationsQuery = graphql(`
  query Notifications {
    notifications(first: 50) {
      totalCount
      edges {
        node {
          id
          kind
          message
          params {
            title
            organization
            from
            to
            dueOn
            excerpt
          }
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

type Notice = NotificationsData['notifications']['edges'][number]['node'];

/**
 * A notice in the reader's language, from its kind and parameters; notices written before they
 * carried parameters keep their stored (Indonesian) sentence.
 */
export function useNoticeText(): (notice: Pick<Notice, 'kind' | 'message' | 'params'>) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (notice) => noticeText(notice, t, format);
}

function noticeText(notice: Pick<Notice, 'kind' | 'message' | 'params'>, t: TFunction, format: Formatters): string {
  const p = notice.params;
  if (!p) return notice.message;
  return t(`notifications.text.${notice.kind}`, {
    defaultValue: notice.message,
    title: p.title,
    organization: p.organization ?? '',
    from: p.from ? t(`taskStatus.${p.from}`, { defaultValue: p.from }) : '',
    to: p.to ? t(`taskStatus.${p.to}`, { defaultValue: p.to }) : '',
    dueOn: p.dueOn ? format.date(p.dueOn) : '',
    excerpt: p.excerpt ?? '',
    interpolation: { escapeValue: false },
  });
}

/**
 * The caller's notices. Opening the page marks them read once per visit (the list still shows
 * which were new): marking on every change of the list, while marking invalidated the list,
 * fetched and marked in a loop, dozens of requests a second.
 */
export default function NotificationsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const text = useNoticeText();
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
                {n.taskId ? <Link to={`/tugas/${n.taskId}`}>{text(n)}</Link> : text(n)}
                <span className="muted small"> · {format.dateTime(n.createdAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
