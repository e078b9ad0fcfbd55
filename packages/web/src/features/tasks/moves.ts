import { TASK_STATUSES_NEEDING_REASON } from '@jamsos/schema';
import type { TaskStatus, TransitionOutreachTaskInput } from '../../gql/graphql';

/**
 * Moves a task at the version the person saw, first asking the reason a decline or cancellation
 * needs (none given: no move). The board and the task page send their own mutation (`move`), each
 * reading back what it shows; `onMoved` runs once the server has taken the move.
 */
export function moveTask(
  move: (variables: { input: TransitionOutreachTaskInput }) => Promise<{ error?: unknown }>,
  task: { id: string; version: number },
  to: TaskStatus,
  askReason: () => string | null,
  onMoved: () => void,
): void {
  let reason: string | null = null;
  if (TASK_STATUSES_NEEDING_REASON.includes(to)) {
    reason = askReason();
    if (!reason) return;
  }
  void move({ input: { id: task.id, expectedVersion: task.version, to, reason } }).then((result) => {
    if (!result.error) onMoved();
  });
}
