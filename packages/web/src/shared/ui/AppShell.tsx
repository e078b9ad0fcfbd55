import { mayAdminister } from '@jamsos/schema';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { LanguageSwitch } from './LanguageSwitch';

export const AppShellFragment = graphql(`
  fragment AppShell_Viewer on Viewer {
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

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

/** The navigation, built from a list so that features add their entry in one place. */
const NAV: {
  to: string;
  key: string;
  end: boolean;
  adminOnly: boolean;
  tenantOnly: boolean;
  /** Only for these kinds of organisation. */
  kinds?: readonly string[];
}[] = [
  { to: '/', key: 'nav.home', end: true, adminOnly: false, tenantOnly: false },
  { to: '/dasbor', key: 'nav.dashboard', end: false, adminOnly: false, tenantOnly: true },
  { to: '/usaha', key: 'nav.businesses', end: false, adminOnly: false, tenantOnly: true },
  { to: '/pekerja', key: 'nav.workers', end: false, adminOnly: false, tenantOnly: true },
  { to: '/tugas', key: 'nav.tasks', end: false, adminOnly: false, tenantOnly: true },
  { to: '/lapangan', key: 'field.nav', end: false, adminOnly: false, tenantOnly: true },
  { to: '/perjanjian', key: 'nav.agreements', end: false, adminOnly: false, tenantOnly: true },
  { to: '/kepesertaan', key: 'enrolment.nav.requests', end: false, adminOnly: false, tenantOnly: true },
  {
    to: '/bantuan-iuran',
    key: 'enrolment.nav.assistance',
    end: false,
    adminOnly: false,
    tenantOnly: true,
    kinds: ['REGENCY'],
  },
  { to: '/pengguna', key: 'nav.users', end: false, adminOnly: true, tenantOnly: false },
  { to: '/audit', key: 'nav.audit', end: false, adminOnly: true, tenantOnly: false },
  { to: '/antrean', key: 'jobs.nav', end: false, adminOnly: true, tenantOnly: false, kinds: ['PLATFORM'] },
  { to: '/profil', key: 'nav.profile', end: false, adminOnly: false, tenantOnly: false },
  { to: '/glosarium', key: 'glossary.nav', end: false, adminOnly: false, tenantOnly: false },
];

const UnreadQuery = graphql(`
  query HeaderUnread {
    unreadNotificationCount
  }
`);

/** The unread count in the header; polled gently so new assignments show without a reload. */
function UnreadBadge() {
  const { t } = useTranslation();
  const [{ data }, refetch] = useQuery({ query: UnreadQuery, requestPolicy: 'cache-and-network' });
  useEffect(() => {
    const timer = window.setInterval(() => refetch({ requestPolicy: 'network-only' }), 60_000);
    return () => window.clearInterval(timer);
  }, [refetch]);
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifikasi" className="bell" data-testid="unread" aria-label={t('notifications.unread', { count })}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z"
        />
      </svg>
      {count > 0 && <span className="count">{count}</span>}
    </NavLink>
  );
}

export function AppShell(props: { viewer: FragmentType<typeof AppShellFragment>; children: ReactNode }) {
  const viewer = getFragmentData(AppShellFragment, props.viewer);
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [, logout] = useMutation(LogoutMutation);

  return (
    <div className="shell">
      <header className="header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            JS
          </span>
          <div>
            <div className="brand-title">{t('app.short')}</div>
            <div className="org" data-testid="org-name">
              {viewer.organization.name}
            </div>
          </div>
        </div>
        {/* Outside the menu: on a phone the menu is closed, and the count must still show. */}
        {viewer.organization.kind !== 'PLATFORM' && <UnreadBadge />}
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          {t('nav.menu')}
        </button>
        <nav id="main-nav" className={menuOpen ? 'nav open' : 'nav'}>
          {NAV.filter(
            (item) => !item.adminOnly || mayAdminister({ role: viewer.user.role, kind: viewer.organization.kind }),
          )
            .filter((item) => !item.tenantOnly || viewer.organization.kind !== 'PLATFORM')
            .filter((item) => !item.kinds || item.kinds.includes(viewer.organization.kind))
            .map((item) => (
              <NavLink key={item.to} to={item.to} end={item.end} onClick={() => setMenuOpen(false)}>
                {t(item.key)}
              </NavLink>
            ))}
          <span className="user" data-testid="user-name">
            {viewer.user.displayName}
          </span>
          <LanguageSwitch />
          <button type="button" className="secondary" data-testid="logout" onClick={() => void logout({})}>
            {t('logout')}
          </button>
        </nav>
      </header>
      <main className="content">{props.children}</main>
    </div>
  );
}
