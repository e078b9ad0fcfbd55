import { type DestinationStream, type Logger, pino } from 'pino';
import { currentRequestId } from './request-id';

export type { Logger } from 'pino';

/** The seam the codebase passes around: one line of text. Tests pass `() => {}` to silence it. */
export type LogLine = (line: string) => void;

export type LogFormat = 'json' | 'pretty';

interface LogRecord {
  time?: string;
  level?: string;
  msg?: string;
  requestId?: string;
  [field: string]: unknown;
}

const OWN_KEYS = new Set(['time', 'level', 'msg', 'requestId']);

/** `[request …] message`: what the line seam has always carried (tests match on it). */
function plainLine(record: LogRecord): string {
  return `${record.requestId ? `[request ${record.requestId}] ` : ''}${record.msg ?? ''}`;
}

/** One line a person can read on a terminal: time, level, request, message, then the fields. */
function prettyLine(record: LogRecord): string {
  const fields = Object.entries(record)
    .filter(([key]) => !OWN_KEYS.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const level = (record.level ?? 'info').toUpperCase().padEnd(5);
  return `${record.time ?? ''} ${level} ${plainLine(record)}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}`;
}

function reformatting(render: (record: LogRecord) => string, write: (line: string) => void): DestinationStream {
  return {
    write(json: string) {
      try {
        write(render(JSON.parse(json) as LogRecord));
      } catch {
        write(json.trimEnd());
      }
    },
  };
}

/**
 * The portal's logger: pino, one record per line with an ISO time, a level name and — inside a
 * request — its id (so a user's "request 3f2a…" finds the server's side of the story).
 *
 * - `sink` given (tests, embedding): each record reaches it as `[request …] message`, the line
 *   the codebase has always produced, so tests can drop or capture lines as before.
 * - no sink: records go to stdout as JSON (`format: 'json'`, for log shippers) or as one readable
 *   line each (`'pretty'`, for a person at a terminal).
 */
export function createLogger(options: { sink?: LogLine; format?: LogFormat; level?: string } = {}): Logger {
  const destination = options.sink
    ? reformatting(plainLine, options.sink)
    : options.format === 'pretty'
      ? reformatting(prettyLine, (line) => process.stdout.write(`${line}\n`))
      : pino.destination({ dest: 1, sync: true });
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin() {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    destination,
  );
}

/** The line seam over a logger, for code that takes `(line: string) => void`. */
export function lineLog(logger: Logger, level: 'info' | 'warn' | 'error' | 'debug' = 'info'): LogLine {
  return (line) => logger[level](line);
}

/** Accepts what callers of startPortal pass: a pino logger, or the old line function. */
export function asLogger(log: Logger | LogLine | undefined): Logger {
  if (log && typeof log === 'object' && typeof (log as Logger).child === 'function') return log as Logger;
  if (typeof log === 'function') return createLogger({ sink: log });
  return createLogger({ format: 'pretty' });
}

/** An unexpected error as a log line wants it: its stack when it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
