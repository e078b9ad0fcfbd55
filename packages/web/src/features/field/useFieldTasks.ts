import { ErrorCode } from '@jamsos/schema';
import { useEffect } from 'react';
import { useQuery } from 'urql';
import { fieldStorage } from './client';
import { FieldTasksQuery } from './queries';

/** The officer's open tasks: those handed to them by their organisation's admin. */
export function useFieldTasks() {
  const [{ data, error, fetching, stale }] = useQuery({ query: FieldTasksQuery, requestPolicy: 'cache-and-network' });
  const me = data?.viewer?.user.id;
  const tasks = (data?.outreachTasks.edges ?? []).map((e) => e.node).filter((task) => task.assigneeUserId === me);
  const loggedOut =
    (Boolean(data) && !data?.viewer && !stale && !fetching) ||
    Boolean(error?.graphQLErrors.some((e) => e.extensions?.code === ErrorCode.Unauthenticated));
  useEffect(() => {
    // The server says nobody is logged in: what the last officer's visits kept on the phone goes.
    if (loggedOut) void fieldStorage.clear();
  }, [loggedOut]);
  return { tasks, loaded: Boolean(data) || loggedOut, error, fetching, viewer: data?.viewer ?? null };
}
