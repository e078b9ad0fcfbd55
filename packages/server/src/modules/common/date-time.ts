import { GraphQLScalarType } from 'graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

/**
 * PostgreSQL's text for a `timestamptz` (`2026-12-02 04:54:35.123+00`). MikroORM's driver keeps
 * timestamps as this text (it converts them itself when it hydrates entities), so every statement
 * written by hand — the list pages (`pageWithTotal`), the loaders — reads them so.
 */
const POSTGRES_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?$/;

/** A Date, or PostgreSQL's timestamp text as a Date; anything else unchanged (for the scalar to refuse). */
export function fromDatabaseTimestamp(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = POSTGRES_TIMESTAMP.exec(value);
  if (!match) return value;
  const [, date, time, hours, minutes] = match;
  return new Date(`${date}T${time}${hours}:${minutes ?? '00'}`);
}

/**
 * The one date-time scalar of the API (`DateTimeISO`, an RFC 3339 string at UTC). It serialises
 * an entity's Date and a hand-written statement's timestamp text alike, so no field breaks
 * because its value came from SQL rather than from the ORM (issue 15: selecting `createdAt` on
 * any list page answered INTERNAL_SERVER_ERROR).
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeISOResolver.toConfig(),
  serialize: (value: unknown) => DateTimeISOResolver.serialize(fromDatabaseTimestamp(value)),
});
