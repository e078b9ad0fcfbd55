import { ROLES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { Role } from '../../gql/graphql';

/** What a row of the users list shows. */
export const UserRowFragment = graphql(`
  fragment UserRow_User on User {
    id
    displayName
    email
    role
    status
  }
`);

/** Who a change is about, for the page to say what it saved. */
type Named = { id: string; displayName: string };

/**
 * A person of the tenant with their role and status; an admin changes the role and (de)activates
 * here. `self`: the caller's own row, which cannot lock its admin out.
 */
export function UserRow(props: {
  user: FragmentType<typeof UserRowFragment>;
  self: boolean;
  /** A role change is on its way: the role selects wait for it. */
  changing: boolean;
  onChangeRole: (user: Named, role: Role) => void;
  onDeactivate: (user: Named) => void;
  onReactivate: (user: Named) => void;
}) {
  const { t } = useTranslation();
  const user = getFragmentData(UserRowFragment, props.user);
  return (
    <tr data-testid="user-row">
      <td data-label={t('users.name')}>{user.displayName}</td>
      <td data-label={t('users.email')}>{user.email}</td>
      <td data-label={t('users.role')}>
        <select
          data-testid="role-select"
          aria-label={t('users.role')}
          value={user.role}
          disabled={props.self || props.changing}
          onChange={(e) => props.onChangeRole(user, e.target.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`role.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('users.status')}>
        <span className={`badge status-${user.status.toLowerCase()}`}>{t(`status.${user.status}`)}</span>
      </td>
      <td>
        {user.status === 'ACTIVE' && (
          <button
            type="button"
            className="danger"
            data-testid="deactivate"
            disabled={props.self}
            onClick={() => {
              if (window.confirm(t('users.confirmDeactivate', { name: user.displayName }))) props.onDeactivate(user);
            }}
          >
            {t('users.deactivate')}
          </button>
        )}
        {user.status === 'DEACTIVATED' && (
          <button type="button" className="plain" onClick={() => props.onReactivate(user)}>
            {t('users.reactivate')}
          </button>
        )}
      </td>
    </tr>
  );
}
