import { type Caller, mayAdminister, mayEdit, mayPlanOutreach } from '@jamsos/schema';
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

export function tasksAccess(ref: TasksViewerProp) {
  const viewer = getFragmentData(TasksViewerFragment, ref);
  const caller: Caller = { role: viewer.user.role, kind: viewer.organization.kind };
  return {
    organizationId: viewer.organization.id,
    kind: caller.kind,
    /** Works tasks: moves them, reports visits, comments. */
    canAct: mayEdit(caller),
    /** Creates tasks: the same predicate as the server's `createOutreachTask` rule. */
    canPlan: mayPlanOutreach(caller),
    isAdmin: mayAdminister(caller),
  };
}
