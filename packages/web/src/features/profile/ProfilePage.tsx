import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { EmailPreferences } from '../notifications/EmailPreferences';

const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);

export const ProfileFragment = graphql(`
  fragment Profile_Viewer on Viewer {
    user {
      id
      displayName
      email
      role
    }
    organization {
      id
      name
      kind
      regencyName
    }
  }
`);

export default function ProfilePage(props: { viewer: FragmentType<typeof ProfileFragment> }) {
  const viewer = getFragmentData(ProfileFragment, props.viewer);
  const { t } = useTranslation();
  const [{ fetching }, logoutEverywhere] = useMutation(LogoutEverywhereMutation);
  const rows: [string, string][] = [
    [t('profile.name'), viewer.user.displayName],
    [t('profile.email'), viewer.user.email],
    [t('profile.role'), t(`role.${viewer.user.role}`)],
    [t('profile.organization'), viewer.organization.name],
    [t('profile.kind'), t(`kind.${viewer.organization.kind}`)],
  ];
  if (viewer.organization.regencyName) rows.push([t('profile.regency'), viewer.organization.regencyName]);
  return (
    <div className="stack">
      <section className="card">
        <h1>{t('profile.title')}</h1>
        <dl className="facts">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <p>
          <button
            type="button"
            className="danger"
            data-testid="logout-everywhere"
            disabled={fetching}
            onClick={() => {
              if (window.confirm(t('profile.confirmLogoutEverywhere'))) void logoutEverywhere({});
            }}
          >
            {t('profile.logoutEverywhere')}
          </button>
        </p>
      </section>
      {viewer.organization.kind !== 'PLATFORM' && <EmailPreferences />}
    </div>
  );
}
