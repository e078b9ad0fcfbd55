import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useFormat } from '../../i18n/format';
import { NoticeText } from '../notifications/Notice';

export const HomeFragment = graphql(`
  fragment Home_Viewer on Viewer {
    user {
      id
      displayName
      role
    }
    organization {
      id
      name
      kind
    }
  }
`);

/**
 * A person's start: what waits for them (overdue and open tasks, unread notices) and where the
 * tenant stands (the dashboard's coverage headline, the same query the dashboard reads).
 */
const HomeQuery = graphql(`
  query Home {
    overdue: outreachTasks(first: 5, overdue: true) {
      totalCount
      edges {
        node {
          id
          title
          dueOn
          status
        }
      }
    }
    open: outreachTasks(first: 1, statuses: [OPEN, ACCEPTED, IN_PROGRESS]) {
      totalCount
    }
    unread: notifications(first: 5, unreadOnly: true) {
      totalCount
      edges {
        node {
          id
          ...NoticeText_Notification
        }
      }
    }
    dashboard {
      totals {
        businesses
        workers
        enrolled
        coverageRate
      }
    }
  }
`);

function Start() {
  const { t } = useTranslation();
  const format = useFormat();
  // Others change tasks and notices: show what is cached at once, then the server's.
  const [{ data, fetching }] = useQuery({ query: HomeQuery, requestPolicy: 'cache-and-network' });
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!data) return null;
  const totals = data.dashboard.totals;
  return (
    <div className="home-grid">
      <section className="card stack" data-testid="home-coverage">
        <h2>{t('home.coverage')}</h2>
        <p className="stat-value">{format.share(totals.coverageRate)}</p>
        <p className="muted">
          {t('home.coverageLine', {
            enrolled: format.count(totals.enrolled),
            workers: format.count(totals.workers),
            businesses: format.number(totals.businesses ?? 0),
          })}
        </p>
        <Link to="/dasbor">{t('home.toDashboard')}</Link>
      </section>
      <section className="card stack" data-testid="home-tasks">
        <h2>{t('home.tasks')}</h2>
        <p>
          {t('home.tasksLine', {
            open: format.number(data.open.totalCount),
            overdue: format.number(data.overdue.totalCount),
          })}
        </p>
        {data.overdue.edges.length > 0 && (
          <ul className="plain-list">
            {data.overdue.edges.map(({ node }) => (
              <li key={node.id}>
                <Link to={`/tugas/${node.id}`}>{node.title}</Link>{' '}
                <span className="badge priority-urgent">{t('home.dueOn', { date: format.date(node.dueOn) })}</span>
              </li>
            ))}
          </ul>
        )}
        <Link to="/tugas">{t('home.toTasks')}</Link>
      </section>
      <section className="card stack" data-testid="home-notices">
        <h2>{t('home.notices')}</h2>
        {data.unread.totalCount === 0 ? (
          <p className="muted">{t('home.noNotices')}</p>
        ) : (
          <>
            <p>
              {t('home.unread', { count: data.unread.totalCount, formatted: format.number(data.unread.totalCount) })}
            </p>
            <ul className="plain-list">
              {data.unread.edges.map(({ node }) => (
                <li key={node.id}>
                  <NoticeText notice={node} />
                </li>
              ))}
            </ul>
          </>
        )}
        <Link to="/notifikasi">{t('home.toNotices')}</Link>
      </section>
    </div>
  );
}

export default function HomePage(props: { viewer: FragmentType<typeof HomeFragment> }) {
  const viewer = getFragmentData(HomeFragment, props.viewer);
  const { t } = useTranslation();
  return (
    <div className="stack">
      <section className="card">
        <h1>{t('home.welcome', { name: viewer.user.displayName })}</h1>
        <p>
          {t('home.actingFor', { organization: viewer.organization.name, role: t(`role.${viewer.user.role}`) })}{' '}
          <span className="badge">{t(`kind.${viewer.organization.kind}`)}</span>
        </p>
        {viewer.organization.kind === 'PLATFORM' && <p className="muted">{t('home.platform')}</p>}
      </section>
      {viewer.organization.kind !== 'PLATFORM' && <Start />}
    </div>
  );
}
