import { ErrorCode } from '@jamsos/schema';
import { GraphQLError } from 'graphql';

/** The codes live in packages/schema, so the web client switches on the same words. */
export { ErrorCode };

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}
