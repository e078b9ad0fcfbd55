/**
 * The outreach task's lifecycle, said once for both sides: the server enforces it, the web offers
 * exactly the moves it would accept.
 */
export const TASK_STATUSES = ['OPEN', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'DECLINED', 'CANCELLED'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses of a task still to be done: what the board, the dashboard and the overdue notices call open. */
export const OPEN_TASK_STATUSES = ['OPEN', 'ACCEPTED', 'IN_PROGRESS'] as const satisfies readonly TaskStatus[];
const openStatuses: ReadonlySet<TaskStatus> = new Set(OPEN_TASK_STATUSES);
export const isOpenTaskStatus = (status: TaskStatus): boolean => openStatuses.has(status);

/** The two parties of a task: the organisation that created it and the one it is assigned to. */
export type TaskParty = 'CREATOR' | 'ASSIGNEE';

/**
 * Which move each party may make from each state. Everything else is refused.
 * OPEN → ACCEPTED → IN_PROGRESS → DONE, or DECLINED by the assignee, or CANCELLED by the creator.
 */
export const TASK_TRANSITIONS: Readonly<Record<TaskStatus, Partial<Record<TaskStatus, TaskParty>>>> = {
  OPEN: { ACCEPTED: 'ASSIGNEE', DECLINED: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  ACCEPTED: { IN_PROGRESS: 'ASSIGNEE', DECLINED: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  IN_PROGRESS: { DONE: 'ASSIGNEE', CANCELLED: 'CREATOR' },
  DONE: {},
  DECLINED: {},
  CANCELLED: {},
};

/** Closing a task without doing it asks for a reason. */
export const TASK_STATUSES_NEEDING_REASON: readonly TaskStatus[] = ['DECLINED', 'CANCELLED'];

/** The moves `party` may make from `status`, in the table's order. */
export function taskMoves(status: TaskStatus, party: TaskParty): TaskStatus[] {
  return (Object.entries(TASK_TRANSITIONS[status]) as [TaskStatus, TaskParty][])
    .filter(([, who]) => who === party)
    .map(([to]) => to);
}
