import { ErrorCode } from '@jamsos/schema';
import { GraphQLError } from 'graphql';

/** The codes live in packages/schema, so the web client switches on the same words. */
export { ErrorCode };

/**
 * The one error type services throw for a refusal the caller should hear about (bad input, not
 * found, conflict, database away, …): a stable `code` from packages/schema and extensions for the
 * client (`reason`, `problems`, …). It is answered once per transport: GraphQL passes it through
 * `formatError` (request/graphql.ts) with the request id added; the file routes turn it into
 * `HTTP_STATUS[code]` and `{ code, message, requestId, ...extensions }` (request/http.ts).
 *
 * It is a GraphQLError underneath only so that Apollo's own paths (errors thrown by plugin hooks,
 * `extensions.http`) keep treating it as a client-facing error; nothing else should rely on that.
 */
export class DomainError extends GraphQLError {
  readonly code: ErrorCode;
  /** What the client gets beside the code, without it (and without transport details). */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}, http?: unknown) {
    super(message, { extensions: { ...details, code, ...(http ? { http } : {}) } });
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function appError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, message, extensions);
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
