import { ROLES } from '@jamsos/schema';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';
import type { Role, UserStatus } from '../../gql/graphql';
import { Pager, useUrlFilters } from '../../shared/ui/Pager';
import { SavedNotice } from '../../shared/ui/SavedNotice';
import { SelectFilter } from '../registry/Filters';
import { UserRow } from './UserRow';

const PAGE_SIZE = 20;
const STATUSES: UserStatus[] = ['ACTIVE', 'INVITED', 'DEACTIVATED'];

const UsersQuery = graphql(`
  query Users($first: Int!, $after: String, $role: Role, $status: UserStatus) {
    viewer {
      user {
        id
      }
    }
    users(first: $first, after: $after, role: $role, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...UserRow_User
        }
      }
    }
  }
`);

const InviteMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      user {
        id
        email
        status
      }
      invitationUrl
    }
  }
`);

const ChangeRoleMutation = graphql(`
  mutation ChangeUserRole($input: ChangeUserRoleInput!) {
    changeUserRole(input: $input) {
      id
      role
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation DeactivateUser($input: UserIdInput!) {
    deactivateUser(input: $input) {
      id
      status
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation ReactivateUser($input: UserIdInput!) {
    reactivateUser(input: $input) {
      id
      status
    }
  }
`);

function InviteForm() {
  const { t } = useTranslation();
  const [{ fetching, error, data }, invite] = useMutation(InviteMutation);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('STAFF');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void invite({ input: { email, displayName, role } }).then((result) => {
      if (!result.error) {
        setEmail('');
        setDisplayName('');
      }
    });
  };
  return (
    <form className="card stack" onSubmit={submit} aria-busy={fetching}>
      <h2>{t('users.invite.title')}</h2>
      <div className="row">
        <label>
          {t('users.email')}
          <input
            data-testid="invite-email"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          {t('users.name')}
          <input
            data-testid="invite-name"
            required
            minLength={2}
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        </label>
        <label>
          {t('users.role')}
          <select data-testid="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
        </p>
      )}
      <button data-testid="invite-submit" type="submit" disabled={fetching}>
        {t('users.invite.submit')}
      </button>
      {data?.inviteUser && (
        <div className="notice" role="status">
          <p>{t('users.invite.done', { email: data.inviteUser.user.email })}</p>
          <input
            data-testid="invitation-url"
            readOnly
            value={data.inviteUser.invitationUrl}
            onFocus={(e) => e.target.select()}
          />
          <button
            type="button"
            className="plain"
            onClick={() => void navigator.clipboard?.writeText(data.inviteUser.invitationUrl)}
          >
            {t('users.invite.copy')}
          </button>
          <p className="muted small">{t('users.invite.once')}</p>
        </div>
      )}
    </form>
  );
}

export default function UsersPage() {
  const { t } = useTranslation();
  const { params, after } = useUrlFilters();
  const role = (params.get('peran') as Role | null) ?? null;
  const status = (params.get('status') as UserStatus | null) ?? null;
  const [{ data, fetching, error }] = useQuery({
    query: UsersQuery,
    // Others change these lists too: show the cached page at once, then the server's.
    requestPolicy: 'cache-and-network',
    variables: { first: PAGE_SIZE, after, role, status },
  });
  const [change, changeRole] = useMutation(ChangeRoleMutation);
  const [deactivation, deactivate] = useMutation(DeactivateMutation);
  const [, reactivate] = useMutation(ReactivateMutation);
  const rowError = change.error ?? deactivation.error;
  // What the last change of a row did ("Tersimpan: …"), said above the table.
  const [saved, setSaved] = useState<{ what: string; n: number } | null>(null);
  const said = (what: string) => (result: { error?: unknown }) => {
    if (!result.error) setSaved((s) => ({ what, n: (s?.n ?? 0) + 1 }));
  };

  if (error && !data) {
    return (
      <p className="error card" role="alert" data-testid="not-allowed">
        {t(`errors.${errorKey(error)}`)}
      </p>
    );
  }
  const me = data?.viewer?.user.id;
  return (
    <div className="stack">
      <h1>{t('users.title')}</h1>
      <InviteForm />
      <section className="card stack">
        <div className="row">
          <SelectFilter
            label={t('users.role')}
            param="peran"
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
          <SelectFilter
            label={t('users.status')}
            param="status"
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          />
        </div>
        {rowError && (
          <p className="error" role="alert">
            {t(reasonKey(rowError) ?? `errors.${errorKey(rowError)}`)}
          </p>
        )}
        {saved && !rowError && <SavedNotice key={saved.n} what={saved.what} />}
        {fetching && !data ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>{t('users.name')}</th>
                <th>{t('users.email')}</th>
                <th>{t('users.role')}</th>
                <th>{t('users.status')}</th>
                <th>
                  <span className="visually-hidden">{t('users.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data?.users.edges.map(({ node }) => (
                <UserRow
                  key={node.id}
                  user={node}
                  self={node.id === me}
                  changing={change.fetching}
                  onChangeRole={(user, role) =>
                    void changeRole({ input: { userId: user.id, role } }).then(
                      said(t('users.savedRole', { name: user.displayName, role: t(`role.${role}`) })),
                    )
                  }
                  onDeactivate={(user) =>
                    void deactivate({ input: { userId: user.id } }).then(
                      said(t('users.savedStatus', { name: user.displayName, status: t('status.DEACTIVATED') })),
                    )
                  }
                  onReactivate={(user) =>
                    void reactivate({ input: { userId: user.id } }).then(
                      said(t('users.savedStatus', { name: user.displayName, status: t('status.ACTIVE') })),
                    )
                  }
                />
              ))}
            </tbody>
          </table>
        )}
        <Pager connection={data?.users} />
      </section>
    </div>
  );
}
