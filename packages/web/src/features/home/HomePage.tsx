import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';

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

export default function HomePage(props: { viewer: FragmentType<typeof HomeFragment> }) {
  const viewer = getFragmentData(HomeFragment, props.viewer);
  const { t } = useTranslation();
  return (
    <section className="card">
      <h1>{t('home.welcome', { name: viewer.user.displayName })}</h1>
      <p>
        {t('home.actingFor', { organization: viewer.organization.name, role: t(`role.${viewer.user.role}`) })}{' '}
        <span className="badge">{t(`kind.${viewer.organization.kind}`)}</span>
      </p>
      <p className="muted">{t('home.next')}</p>
    </section>
  );
}
