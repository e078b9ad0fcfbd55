import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorKey } from '../../app/errors';
import { getFragmentData, graphql } from '../../gql';
import type { AgreementScope } from '../../gql/graphql';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { serverProblems, useFreshServerProblems, useProblemMessages } from '../registry/problems';
import { type TasksViewerProp, tasksAccess } from '../tasks/access';
import { AgreementRow, AgreementRowFragment } from './AgreementRow';

const AgreementsQuery = graphql(`
  query Agreements {
    agreements(first: 100) {
      edges {
        node {
          id
          ...AgreementRow_Agreement
        }
      }
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const GrantAgreement = graphql(`
  mutation GrantAgreement($input: GrantAgreementInput!) {
    grantAgreement(input: $input) {
      id
      status
    }
  }
`);

const RevokeAgreement = graphql(`
  mutation RevokeAgreement($input: VersionedIdInput!) {
    revokeAgreement(input: $input) {
      id
      status
      version
      revokedBy
    }
  }
`);

/** The MoUs: what the organisation shares and with whom, and what it receives. */
export default function AgreementsPage(props: { viewer: TasksViewerProp }) {
  const { t } = useTranslation();
  const message = useProblemMessages();
  const access = tasksAccess(props.viewer);
  const [{ data, fetching }, refetch] = useQuery({ query: AgreementsQuery, requestPolicy: 'cache-and-network' });
  const [granting, grant] = useMutation(GrantAgreement);
  const [revoking, revoke] = useMutation(RevokeAgreement);
  // What the last save did, said under the table it changed ("Tersimpan: …").
  const [saved, setSaved] = useState<{ what: string; n: number } | null>(null);
  const [form, setForm] = useState({
    granteeId: '',
    scope: 'BUSINESS_DIRECTORY' as AgreementScope,
    title: '',
    number: '',
    signedOn: '',
    validFrom: '',
    validUntil: '',
  });
  const agreements = data?.agreements.edges.map((e) => e.node) ?? [];
  // Which side the caller is on is read from the row's own fragment: selecting the parties again
  // here would double the operation's estimated cost (the limits count each selection).
  const parties = (a: (typeof agreements)[number]) => getFragmentData(AgreementRowFragment, a);
  const granted = agreements.filter((a) => parties(a).grantor.id === access.organizationId);
  const received = agreements.filter((a) => parties(a).grantee.id === access.organizationId);
  const problems = useFreshServerProblems(serverProblems(granting.error), form);
  const problem = (field: string) => {
    const p = problems[field];
    return p ? <span className="error small">{message(p)}</span> : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void grant({ input: form }).then((result) => {
      if (result.error) return;
      refetch({ requestPolicy: 'network-only' });
      setSaved((s) => ({ what: t('agreements.savedGranted', { title: form.title }), n: (s?.n ?? 0) + 1 }));
    });
  };
  const table = (rows: typeof agreements, mine: boolean) => (
    <table className="table" data-testid={mine ? 'granted' : 'received'}>
      <thead>
        <tr>
          <th>{mine ? t('agreements.grantee') : t('agreements.grantor')}</th>
          <th>{t('agreements.scope')}</th>
          <th>{t('agreements.document')}</th>
          <th>{t('agreements.period')}</th>
          <th>{t('agreements.status')}</th>
          <th>
            <span className="visually-hidden">{t('users.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <AgreementRow
            key={a.id}
            agreement={a}
            mine={mine}
            canRevoke={access.isAdmin}
            revoking={revoking.fetching}
            onRevoke={(agreement) =>
              void revoke({ input: { id: agreement.id, expectedVersion: agreement.version } }).then((result) => {
                if (result.error) return;
                const what = t('agreements.savedRevoked', { name: agreement.grantee.name });
                setSaved((s) => ({ what, n: (s?.n ?? 0) + 1 }));
              })
            }
          />
        ))}
      </tbody>
    </table>
  );
  if (fetching && !data) return <p role="status">{t('loading')}</p>;
  return (
    <div className="stack">
      <h1>{t('agreements.title')}</h1>
      <p className="muted">{t('agreements.intro')}</p>
      <section className="card stack">
        <h2>{t('agreements.received')}</h2>
        {received.length ? table(received, false) : <p className="muted">{t('agreements.none')}</p>}
      </section>
      <section className="card stack">
        <h2>{t('agreements.granted')}</h2>
        {saved && <SavedNotice key={saved.n} what={saved.what} />}
        {granted.length ? table(granted, true) : <p className="muted">{t('agreements.none')}</p>}
        {revoking.error && (
          <p className="error" role="alert">
            {t(`errors.${errorKey(revoking.error)}`)}
          </p>
        )}
      </section>
      {access.isAdmin && (
        <form className="card form-grid" onSubmit={submit} aria-busy={granting.fetching}>
          <h2 className="full">{t('agreements.new')}</h2>
          <label>
            {t('agreements.grantee')}
            <select
              data-testid="grantee"
              value={form.granteeId}
              onChange={(e) => setForm({ ...form, granteeId: e.target.value })}
            >
              <option value="">—</option>
              {data?.organizations.edges
                .filter((e) => e.node.id !== access.organizationId)
                .map((e) => (
                  <option key={e.node.id} value={e.node.id}>
                    {e.node.name}
                  </option>
                ))}
            </select>
            {problem('granteeId')}
          </label>
          <label>
            {t('agreements.scope')}
            <select value={form.scope} onChange={(e) => setForm({ ...form, scope: e.target.value as AgreementScope })}>
              <option value="BUSINESS_DIRECTORY">{t('scope.BUSINESS_DIRECTORY')}</option>
              <option value="AGGREGATES">{t('scope.AGGREGATES')}</option>
              <option value="ENROLMENT">{t('scope.ENROLMENT')}</option>
            </select>
          </label>
          <label>
            {t('agreements.titleField')}
            <input
              data-testid="agreement-title"
              value={form.title}
              onChange={(e) => setForm({ ...form, title: e.target.value })}
            />
            {problem('title')}
          </label>
          <label>
            {t('agreements.number')}
            <input
              data-testid="agreement-number"
              value={form.number}
              onChange={(e) => setForm({ ...form, number: e.target.value })}
            />
            {problem('number')}
          </label>
          {(['signedOn', 'validFrom', 'validUntil'] as const).map((field) => (
            <label key={field}>
              {t(`agreements.${field}`)}
              <input
                type="date"
                data-testid={`agreement-${field}`}
                value={form[field]}
                onChange={(e) => setForm({ ...form, [field]: e.target.value })}
              />
              {problem(field)}
            </label>
          ))}
          <div className="full">
            <button type="submit" data-testid="grant" disabled={granting.fetching}>
              {t('agreements.grant')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
