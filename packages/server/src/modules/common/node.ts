import { Field, ID, InterfaceType } from 'type-graphql';

/** Relay's Node: every object that can be fetched again by its opaque global id. */
@InterfaceType('Node', { description: 'An object with a globally unique, opaque id (Relay).' })
export abstract class Node {
  @Field(() => ID)
  id!: string;
}

/**
 * Global ids are `base64url("<Type>:<database id>")`: opaque to clients, and carrying the type
 * so `node(id:)` knows where to look without trying every table.
 */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export function fromGlobalId(globalId: string): { type: string; id: string } | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(globalId)) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  return { type: decoded.slice(0, separator), id: decoded.slice(separator + 1) };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The database id inside a global id of the given type, or null when it is not one. */
export function uuidFromGlobalId(globalId: string, type: string): string | null {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type || !UUID.test(parsed.id)) return null;
  return parsed.id;
}
