/**
 * The error vocabulary both sides speak. The server answers every failure — GraphQL
 * (`extensions.code`) and file routes (`{ code }` in the JSON body) alike — with one of these
 * codes; the web client translates each. Messages are for developers and logs.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /** The client went away before the answer: not a fault of the server's. */
  ClientClosedRequest: 'CLIENT_CLOSED_REQUEST',
  InternalServerError: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_CODES: readonly ErrorCode[] = Object.values(ErrorCode);

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The HTTP status each code is answered with by the file routes (GraphQL answers 200, or 503). */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  CLIENT_CLOSED_REQUEST: 499,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * Why an input or a move was refused (`extensions.reason`), for the client to say it in words.
 * Field-level problems travel as `extensions.problems` (`FieldProblem[]`), never in another shape.
 */
export const ERROR_REASONS = [
  'EMAIL_UNAVAILABLE',
  'ILLEGAL_TRANSITION',
  'INVALID_EMAIL',
  'INVALID_KIND',
  'INVALID_NAME',
  'INVITATION_INVALID',
  'INVITED',
  'NIK_LOOKUP_LIMIT',
  'NOT_ASSIGNEE',
  'NO_ACTIVE_AGREEMENT',
  'SELF_CHANGE',
  'STALE_VERSION',
  'TASK_NOT_ACTIVE',
  'TOO_MANY_ATTEMPTS',
  'UNTRUSTED_DOCUMENT',
  'USER_CANNOT_WORK_TASK',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
