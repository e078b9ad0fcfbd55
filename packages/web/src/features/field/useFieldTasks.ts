import { useQuery } from 'urql';
import { FieldTasksQuery } from './queries';

/** The officer's open tasks: those handed to them by their organisation's admin. */
export function useFieldTasks() {
  const [{ data, error, fetching }] = useQuery({ query: FieldTasksQuery, requestPolicy: 'cache-and-network' });
  const me = data?.viewer?.user.id;
  const tasks = (data?.outreachTasks.edges ?? []).map((e) => e.node).filter((task) => task.assigneeUserId === me);
  return { tasks, loaded: Boolean(data), error, fetching, viewer: data?.viewer ?? null };
}
