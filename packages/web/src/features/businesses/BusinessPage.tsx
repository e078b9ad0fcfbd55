import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { graphql } from '../../gql';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { ReadOnlyNotice } from '../access/Notices';
import { BusinessContributions } from '../enrolment/BusinessContributions';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ConflictNotice } from '../registry/ConflictNotice';
import { conflictOf, serverProblems } from '../registry/problems';
import { BusinessFacts } from './BusinessFacts';
import { BusinessForm, formStateOf } from './BusinessForm';

const BusinessQuery = graphql(`
  query Business($id: ID!) {
    node(id: $id) {
      ... on Business {
        __typename
        id
        name
        version
        archivedAt
        ...BusinessFacts_Business
        ...BusinessForm_Business
      }
    }
  }
`);

const UpdateBusiness = graphql(`
  mutation UpdateBusiness($input: UpdateBusinessInput!) {
    updateBusiness(input: $input) {
      id
      name
      version
      updatedAt
    }
  }
`);

const ArchiveBusiness = graphql(`
  mutation ArchiveBusiness($input: VersionedIdInput!) {
    archiveBusiness(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

const RestoreBusiness = graphql(`
  mutation RestoreBusiness($input: VersionedIdInput!) {
    restoreBusiness(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

export default function BusinessPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = registryAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({ query: BusinessQuery, variables: { id } });
  const [update, save] = useMutation(UpdateBusiness);
  const [archiving, archive] = useMutation(ArchiveBusiness);
  const [restoring, restore] = useMutation(RestoreBusiness);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  const business = data?.node?.__typename === 'Business' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!business) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const conflict = conflictOf(update.error) ?? conflictOf(archiving.error) ?? conflictOf(restoring.error);
  const actionError = archiving.error ?? restoring.error;
  const versioned = { id: business.id, expectedVersion: business.version };
  return (
    <div className="stack">
      <p>
        <Link to="/usaha">← {t('businesses.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="business-title">{business.name}</h1>
        {business.archivedAt && <span className="badge status-deactivated">{t('registry.archivedBadge')}</span>}
      </div>
      {conflict && (
        <ConflictNotice conflict={conflict} withValues onReload={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {actionError && !conflict && (
        <p className="error" role="alert">
          {t(`errors.${errorKey(actionError)}`)}
        </p>
      )}
      {editing ? (
        <BusinessForm
          key={business.version}
          initial={formStateOf(business)}
          viewer={props.viewer}
          busy={update.fetching}
          serverProblems={serverProblems(update.error)}
          submitLabel={t('common.save')}
          onSubmit={(fields) =>
            void save({ input: { ...versioned, fields } }).then((result) => {
              if (result.error) return;
              setEditing(false);
              setSaved((n) => n + 1);
            })
          }
        />
      ) : (
        <section className="card stack">
          {saved > 0 && <SavedNotice key={saved} />}
          <BusinessFacts business={business} />
        </section>
      )}
      {access.keepsRegistry && <BusinessContributions businessId={business.id} />}
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      <div className="row">
        <Link className="button secondary" to={`/pekerja?usaha=${encodeURIComponent(business.id)}`}>
          {t('businesses.showWorkers')}
        </Link>
        {access.canEdit && !editing && !business.archivedAt && (
          <button
            type="button"
            data-testid="edit"
            onClick={() => {
              setSaved(0);
              setEditing(true);
            }}
          >
            {t('common.edit')}
          </button>
        )}
        {access.canEdit && editing && (
          <button type="button" className="plain" onClick={() => setEditing(false)}>
            {t('common.cancel')}
          </button>
        )}
        {access.canEdit && !business.archivedAt && (
          <button
            type="button"
            className="danger"
            data-testid="archive"
            onClick={() => {
              if (window.confirm(t('businesses.confirmArchive', { name: business.name })))
                void archive({ input: versioned });
            }}
          >
            {t('registry.archive')}
          </button>
        )}
        {access.canEdit && business.archivedAt && (
          <button type="button" data-testid="restore" onClick={() => void restore({ input: versioned })}>
            {t('registry.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
