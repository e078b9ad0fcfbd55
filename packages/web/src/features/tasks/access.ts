import { type FragmentType, getFragmentData, graphql } from '../../gql';

export const TasksViewerFragment = graphql(`
  fragment Tasks_Viewer on Viewer {
    user {
      id
      role
    }
    organization {
      id
      kind
    }
  }
`);

export type TasksViewerProp = FragmentType<typeof TasksViewerFragment>;

/** Tenants that plan outreach (mirrors the server's `plansOutreach` rule). */
export const TASK_CREATOR_KINDS: readonly string[] = ['BPJS_OFFICE', 'PROVINCE_AGENCY'];

export function tasksAccess(ref: TasksViewerProp) {
  const viewer = getFragmentData(TasksViewerFragment, ref);
  return {
    organizationId: viewer.organization.id,
    kind: viewer.organization.kind,
    canAct: viewer.user.role === 'ADMIN' || viewer.user.role === 'STAFF',
    isAdmin: viewer.user.role === 'ADMIN',
  };
}
