import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { WorkerFields } from '../../gql/graphql';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { ReadOnlyNotice } from '../access/Notices';
import { WorkerEnrolment } from '../enrolment/WorkerEnrolment';
import { type RegistryViewerProp, registryAccess } from '../registry/access';
import { ConflictNotice } from '../registry/ConflictNotice';
import { Field } from '../registry/Field';
import { conflictOf, serverProblems } from '../registry/problems';
import { PersonalData } from './PersonalData';
import { WorkerFacts } from './WorkerFacts';
import { type FormState, formStateOf, type Personal, WorkerForm } from './WorkerForm';
import { StatusBadge } from './WorkerRow';

const WorkerQuery = graphql(`
  query Worker($id: ID!) {
    node(id: $id) {
      ... on Worker {
        __typename
        id
        fullName
        coverageStatus
        version
        archivedAt
        ...WorkerFacts_Worker
        ...WorkerForm_Worker
        ...WorkerEnrolment_Worker
      }
    }
  }
`);

const UpdateWorker = graphql(`
  mutation UpdateWorker($input: UpdateWorkerInput!) {
    updateWorker(input: $input) {
      id
      fullName
      version
      coverageStatus
      programmes
    }
  }
`);

const UpdateWorkerDetails = graphql(`
  mutation UpdateWorkerDetails($input: UpdateWorkerDetailsInput!) {
    updateWorkerDetails(input: $input) {
      id
      fullName
      version
      coverageStatus
      programmes
    }
  }
`);

const ArchiveWorker = graphql(`
  mutation ArchiveWorker($input: VersionedIdInput!) {
    archiveWorker(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

const RestoreWorker = graphql(`
  mutation RestoreWorker($input: VersionedIdInput!) {
    restoreWorker(input: $input) {
      id
      archivedAt
      version
    }
  }
`);

export default function WorkerPage(props: { viewer: RegistryViewerProp }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = registryAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({ query: WorkerQuery, variables: { id } });
  const [fullUpdate, saveFull] = useMutation(UpdateWorker);
  const [detailsUpdate, saveDetails] = useMutation(UpdateWorkerDetails);
  const [archiving, archive] = useMutation(ArchiveWorker);
  const [restoring, restore] = useMutation(RestoreWorker);
  // `personal`: the edit started from the revealed personal data and may change it.
  const [editing, setEditing] = useState<(FormState & { personal: boolean }) | null>(null);
  const [saved, setSaved] = useState(0);
  // A correction a person asked for: the reference of their request, noted in the audit (docs/privacy.md).
  const [request, setRequest] = useState('');
  const worker = data?.node?.__typename === 'Worker' ? data.node : null;
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  if (!worker) {
    return (
      <p className="card error" role="alert" data-testid="not-found">
        {t('registry.notFound')}
      </p>
    );
  }
  const versioned = { id: worker.id, expectedVersion: worker.version };
  const update = editing?.personal ? fullUpdate : detailsUpdate;
  const conflict = conflictOf(update.error) ?? conflictOf(archiving.error) ?? conflictOf(restoring.error);
  // A full edit starts from the (audited) personal data; an edit without it leaves the NIK,
  // income and phone as stored, so changing an occupation needs no reveal.
  const startEditing = (personal: Personal | null) => {
    setSaved(0);
    setEditing({ personal: personal !== null, ...formStateOf(worker, personal) });
  };
  const submit = (fields: WorkerFields) => {
    const done = (result: { error?: unknown }) => {
      if (result.error) return;
      setEditing(null);
      setSaved((n) => n + 1);
    };
    if (editing?.personal)
      void saveFull({ input: { ...versioned, fields, dataSubjectRequest: request.trim() || null } }).then(done);
    else {
      const { nik: _nik, monthlyIncome: _income, phone: _phone, ...details } = fields;
      void saveDetails({ input: { ...versioned, fields: details } }).then(done);
    }
  };
  return (
    <div className="stack">
      <p>
        <Link to="/pekerja">← {t('workers.title')}</Link>
      </p>
      <div className="row spread">
        <h1 data-testid="worker-title">{worker.fullName}</h1>
        <StatusBadge status={worker.coverageStatus} />
      </div>
      {conflict && <ConflictNotice conflict={conflict} onReload={() => refetch({ requestPolicy: 'network-only' })} />}
      {editing?.personal && (
        <Field id="data-subject-request" label={t('personRecord.requestField')} hint={t('personRecord.requestHint')}>
          <input
            id="data-subject-request"
            value={request}
            maxLength={100}
            onChange={(e) => setRequest(e.target.value)}
            data-testid="data-subject-request"
          />
        </Field>
      )}
      {editing ? (
        <WorkerForm
          initial={editing}
          personal={editing.personal}
          busy={update.fetching}
          serverProblems={serverProblems(update.error)}
          onSubmit={submit}
        />
      ) : (
        <section className="card stack">
          {saved > 0 && <SavedNotice key={saved} />}
          <WorkerFacts worker={worker} />
          {access.canViewPersonalData && (
            <PersonalData id={worker.id} onLoaded={(personal) => access.canEdit && startEditing(personal)} />
          )}
          {access.canViewPersonalData && (
            <Link to={`/pekerja/${worker.id}/rekam-data`} data-testid="person-record-link">
              {t('personRecord.link')}
            </Link>
          )}
        </section>
      )}
      <WorkerEnrolment worker={worker} />
      {access.keepsRegistry && !access.canEdit && <ReadOnlyNotice />}
      <div className="row">
        {access.canEdit && !editing && !worker.archivedAt && (
          <button type="button" data-testid="edit" onClick={() => startEditing(null)}>
            {t('common.edit')}
          </button>
        )}
        {editing && (
          <button type="button" className="plain" onClick={() => setEditing(null)}>
            {t('common.cancel')}
          </button>
        )}
        {access.canEdit && !worker.archivedAt && (
          <button
            type="button"
            className="danger"
            data-testid="archive"
            onClick={() => {
              if (window.confirm(t('workers.confirmArchive', { name: worker.fullName })))
                void archive({ input: versioned });
            }}
          >
            {t('registry.archive')}
          </button>
        )}
        {access.canEdit && worker.archivedAt && (
          <button type="button" data-testid="restore" onClick={() => void restore({ input: versioned })}>
            {t('registry.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
