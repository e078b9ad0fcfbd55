import type { ClassType } from 'type-graphql';
import { ArgsType, Field, Int, ObjectType } from 'type-graphql';
import { appError, ErrorCode } from './errors';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: `At most ${MAX_PAGE_SIZE}.` })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * Builds the `<Name>Edge` and `<Name>Connection` types of a node type, the Relay way
 * (as in type-graphql's generic-types example).
 */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/** Offset cursors (`base64url("offset:<n>")`); lists that grow large move to keyset cursors. */
export function offsetFromCursor(after: string | null | undefined): number {
  if (!after) return 0;
  const decoded = Buffer.from(after, 'base64url').toString('utf8');
  const match = /^offset:(\d{1,9})$/.exec(decoded);
  if (!match?.[1]) throw appError(ErrorCode.BadUserInput, 'The `after` cursor is not valid.');
  return Number(match[1]) + 1;
}

function cursorAt(offset: number): string {
  return Buffer.from(`offset:${offset}`, 'utf8').toString('base64url');
}

export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw appError(ErrorCode.BadUserInput, `\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`);
  }
  return first;
}

/** Wraps one page of nodes, fetched from `offset`, into a connection. */
export function toConnection<T>(nodes: T[], offset: number, totalCount: number): ConnectionShape<T> {
  const edges = nodes.map((node, index) => ({ cursor: cursorAt(offset + index), node }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: offset + nodes.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * One page of a list as a connection: checks `first` and `after`, hands the window to `fetch`
 * (which returns the page's nodes and the total), and wraps the result.
 */
export async function pageOf<T>(
  args: { first: number; after?: string | null },
  fetch: (window: { limit: number; offset: number }) => Promise<[nodes: T[], total: number]>,
): Promise<ConnectionShape<T>> {
  const limit = checkPageSize(args.first);
  const offset = offsetFromCursor(args.after);
  const [nodes, total] = await fetch({ limit, offset });
  return toConnection(nodes, offset, total);
}
