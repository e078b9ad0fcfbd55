import type { Context, Viewer } from '../../context';
import { appError, ErrorCode } from './errors';

/** Rules have let only logged-in callers through; this narrows the type accordingly. */
export function viewerOf(ctx: Context): Viewer {
  if (!ctx.viewer) throw appError(ErrorCode.Unauthenticated, 'You must be logged in.');
  return ctx.viewer;
}
