import type { TaskStatus } from '../../gql/graphql';

/** The moves each side may offer from each state; the server's table decides, this mirrors it. */
const MOVES: Record<TaskStatus, { CREATOR: TaskStatus[]; ASSIGNEE: TaskStatus[] }> = {
  OPEN: { CREATOR: ['CANCELLED'], ASSIGNEE: ['ACCEPTED', 'DECLINED'] },
  ACCEPTED: { CREATOR: ['CANCELLED'], ASSIGNEE: ['IN_PROGRESS', 'DECLINED'] },
  IN_PROGRESS: { CREATOR: ['CANCELLED'], ASSIGNEE: ['DONE'] },
  DONE: { CREATOR: [], ASSIGNEE: [] },
  DECLINED: { CREATOR: [], ASSIGNEE: [] },
  CANCELLED: { CREATOR: [], ASSIGNEE: [] },
};

export function nextMoves(status: TaskStatus, side: 'CREATOR' | 'ASSIGNEE'): TaskStatus[] {
  return MOVES[status][side];
}
