import { EDITOR_ROLES } from '@jamsos/schema';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { errorKey, reasonKey } from '../../app/errors';
import { graphql } from '../../gql';

// The hand-over answers with the whole task (TaskPage's fragment), which updates the page by itself.
const AssignTask = graphql(`
  mutation AssignTask($input: AssignOutreachTaskInput!) {
    assignOutreachTask(input: $input) {
      ...TaskDetail
    }
  }
`);

const Colleagues = graphql(`
  query Colleagues {
    users(first: 100, status: ACTIVE) {
      edges {
        node {
          id
          displayName
          email
          role
        }
      }
    }
  }
`);

/** The assignee's admin hands the task to one of its people who can work it. */
export function AssignPicker(props: { taskId: string; version: number; current: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: Colleagues });
  const [{ fetching, error }, assign] = useMutation(AssignTask);
  // Who may be handed a task: active admins and staff (the server refuses anyone else).
  const people = (data?.users.edges ?? []).map((e) => e.node).filter((u) => EDITOR_ROLES.includes(u.role));
  return (
    <label>
      {t('tasks.handTo')}
      <select
        data-testid="assign-user"
        disabled={fetching || !data}
        value={props.current ?? ''}
        onChange={(e) =>
          void assign({
            input: { id: props.taskId, expectedVersion: props.version, userId: e.target.value || null },
          }).then((result) => {
            if (!result.error) props.onDone();
          })
        }
      >
        <option value="">{t('tasks.handToNobody')}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.displayName} ({t(`role.${person.role}`)})
          </option>
        ))}
      </select>
      <span className="muted small">{t('tasks.handToHint')}</span>
      {error && (
        <span className="error small" role="alert">
          {t(reasonKey(error) ?? `errors.${errorKey(error)}`)}
        </span>
      )}
    </label>
  );
}
