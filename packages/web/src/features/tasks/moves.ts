import { type TaskParty, taskMoves } from '@jamsos/schema';
import type { TaskStatus } from '../../gql/graphql';

/** The moves each side may offer from each state: the lifecycle table the server enforces (packages/schema). */
export function nextMoves(status: TaskStatus, side: TaskParty): TaskStatus[] {
  return taskMoves(status, side);
}
