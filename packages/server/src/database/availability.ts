import { GraphQLError } from 'graphql';

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '08000',
  '08001',
  '08003',
  '08006',
]);

/**
 * Whether an error means "PostgreSQL is not there right now" (down, restarting, connection
 * lost) rather than a fault in the request. Walks the cause chain: MikroORM and the pg driver
 * wrap the socket error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current === 'object') {
      const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
      if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
      if (
        typeof message === 'string' &&
        /ECONNREFUSED|Connection terminated|the database system is (starting up|shutting down)|timeout exceeded when trying to connect/i.test(
          message,
        )
      )
        return true;
      current = cause;
    } else break;
  }
  return false;
}

/** The answer while the database is away: 503, a stable code, and a message a person can act on. */
export function serviceUnavailable(): GraphQLError {
  return new GraphQLError('The database is not reachable right now. Nothing was saved; please try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
  });
}
