import type { FieldProblem } from '@jamsos/schema';
import { appError, ErrorCode } from './errors';

/**
 * Refuses input with every problem found, not just the first: `extensions.problems` lists
 * `{ field, problem }` and the clients translate each `problem` code (see `registryMessage`).
 */
export function invalidInput(problems: readonly FieldProblem[]) {
  const fields = [...new Set(problems.map((p) => p.field))].join(', ');
  return appError(ErrorCode.BadUserInput, `Some fields are not valid: ${fields}.`, { problems });
}
