import { invalidInput } from './problems';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The id a client made for a record it creates (a phone working offline sends a change again
 * until it sees the answer): a UUID, or nothing. Stored unique per tenant, so a second delivery
 * finds the first record (see the visit report and worker services).
 */
export function clientIdFrom(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (!UUID.test(value)) throw invalidInput([{ field: 'clientId', problem: 'UNKNOWN_VALUE' }]);
  return value.toLowerCase();
}
