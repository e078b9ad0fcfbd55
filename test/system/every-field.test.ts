import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PLATFORM, type Role } from '@jamsos/schema';
import { REPO_ROOT } from '@jamsos/server/config';
import { OPERATION_LIMITS } from '@jamsos/server/limits';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GraphQLClient, type GraphQLResponse } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * "Every field answers" (issue 15). From the emitted SDL, a selection of every field of every type
 * reachable from each root Query field, run as each role of a few tenants on the demo data: no
 * answer may carry INTERNAL_SERVER_ERROR (a refusal with a code is fine). The selection is
 * generated, so a field added tomorrow is asked for without anyone writing a case. Operations
 * stay inside the server's limits (depth, tokens, cost) by being split into several.
 */

const schema: GraphQLSchema = buildSchema(readFileSync(path.join(REPO_ROOT, 'packages/schema/schema.graphql'), 'utf8'));

/** One selection: a field (with its arguments written out) or an inline fragment, and what it selects. */
interface Selection {
  readonly text: string;
  readonly children?: readonly Selection[];
}

/** Every `Type.field` the generator selected, to prove the whole schema was walked. */
const covered = new Set<string>();

/**
 * What to select of a type: every field; objects and interfaces are expanded unless the type
 * is already being expanded further up (the schema has no cycles today; this keeps it finite if
 * one appears). Abstract types get `__typename` and a fragment per possible type.
 */
function selectionsOf(type: GraphQLNamedType, ancestors: readonly string[]): Selection[] {
  if (isLeafType(type)) return [];
  const seen = [...ancestors, type.name];
  const selections: Selection[] = [];
  if (isAbstractType(type)) {
    selections.push({ text: '__typename' });
    for (const possible of schema.getPossibleTypes(type)) {
      if (ancestors.includes(possible.name)) continue;
      selections.push({ text: `... on ${possible.name}`, children: selectionsOf(possible, seen) });
    }
    return selections;
  }
  if (!isObjectType(type)) return [];
  for (const field of Object.values(type.getFields())) {
    const selection = fieldSelection(type.name, field, seen);
    if (selection) selections.push(selection);
  }
  return selections;
}

function fieldSelection(
  parent: string,
  field: GraphQLField<unknown, unknown>,
  ancestors: readonly string[],
  args = '',
): Selection | null {
  // A required argument without a default that this generator cannot supply: skip the field
  // (none today below the root; the coverage assertion would show it).
  const unknown = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  if (unknown.length > 0 && !args) return null;
  const named = getNamedType(field.type);
  covered.add(`${parent}.${field.name}`);
  if (isLeafType(named)) return { text: `${field.name}${args}` };
  if (ancestors.includes(named.name)) return null;
  return { text: `${field.name}${args}`, children: selectionsOf(named, ancestors) };
}

function print(selection: Selection): string {
  return selection.children ? `${selection.text} { ${selection.children.map(print).join(' ')} }` : selection.text;
}

/** GraphQL Armor counts lexical tokens; this counts the same closely enough to stay well under the limit. */
function tokens(text: string): number {
  return text.match(/\.\.\.|[A-Za-z_][A-Za-z0-9_]*|-?\d+|"[^"]*"|[{}():!$[\]=@,]/g)?.length ?? 0;
}
const TOKEN_BUDGET = Math.floor(OPERATION_LIMITS.maxTokens * 0.6);

/** Splits a selection into several, each under the budget, together covering every leaf. */
function split(selection: Selection, budget = TOKEN_BUDGET): Selection[] {
  const children = selection.children;
  if (!children || tokens(print(selection)) <= budget) return [selection];
  if (children.length === 1) {
    const [only] = children;
    return only ? split(only, budget - 3).map((part) => ({ text: selection.text, children: [part] })) : [];
  }
  const half = Math.ceil(children.length / 2);
  return [children.slice(0, half), children.slice(half)].flatMap((part) =>
    split({ text: selection.text, children: part }, budget),
  );
}

/**
 * Fragments on two possible types may not share a field name of different types (`status` is
 * AgreementStatus on one, TaskStatus on another): each possible type goes into a selection of
 * its own. Variant i of a selection takes variant i of each child (the last when it has fewer),
 * so together they hold every leaf.
 */
function variants(selection: Selection): Selection[] {
  const children = selection.children;
  if (!children) return [selection];
  const fragments = children.filter((c) => c.text.startsWith('... on '));
  if (fragments.length > 1) {
    const plain = children.filter((c) => !c.text.startsWith('... on '));
    return fragments.flatMap((fragment) => variants({ text: selection.text, children: [...plain, fragment] }));
  }
  const childVariants = children.map(variants);
  const count = Math.max(1, ...childVariants.map((v) => v.length));
  return Array.from({ length: count }, (_, i) => ({
    text: selection.text,
    children: childVariants.map((v) => v[Math.min(i, v.length - 1)] as Selection),
  }));
}

/** Operations for one root field, given values for its required arguments. */
function operationsFor(field: GraphQLField<unknown, unknown>, args: string): string[] {
  const selection = fieldSelection('Query', field, [], args);
  if (!selection) return [];
  return variants(selection)
    .flatMap((variant) => split(variant))
    .map((part) => `query EveryField { ${print(part)} }`);
}

interface Caller {
  readonly label: string;
  readonly client: GraphQLClient;
}

async function ids(client: GraphQLClient, query: string): Promise<string[]> {
  const result = await client.request(query);
  return [...JSON.stringify(result.data ?? {}).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1] as string);
}

/** Values for root arguments that have no default: ids this caller can see (and one it cannot). */
async function argumentValues(caller: Caller): Promise<Record<string, string[]>> {
  const { client } = caller;
  const own = await ids(client, '{ viewer { organization { id } user { id } } }');
  const records = (
    await Promise.all(
      [
        '{ businesses(first: 1) { edges { node { id } } } }',
        '{ workers(first: 1) { edges { node { id } } } }',
        '{ outreachTasks(first: 1) { edges { node { id } } } }',
        '{ users(first: 1) { edges { node { id } } } }',
        '{ auditLog(first: 1) { edges { node { id } } } }',
        '{ agreements(first: 1) { edges { node { id } } } }',
        '{ organizations(first: 1) { edges { node { id } } } }',
      ].map((query) => ids(client, query)),
    )
  ).flat();
  const grantors = await ids(
    client,
    '{ agreements(first: 100, direction: RECEIVED) { edges { node { grantor { id } } } } }',
  );
  const foreign = Buffer.from('Business:00000000-0000-4000-8000-000000000000').toString('base64url');
  return {
    id: [...new Set([...own, ...records, foreign])],
    // A grantor of a live agreement, and the caller itself (no agreement: a refusal).
    grantorId: [...new Set([...grantors.slice(0, 2), ...own.slice(0, 1)])],
  };
}

interface Failure {
  readonly caller: string;
  readonly operation: string;
  readonly error: string;
}

function failuresOf(caller: Caller, operation: string, response: GraphQLResponse<unknown>): Failure[] {
  return (response.errors ?? [])
    .filter((error) => {
      const code = error.extensions?.code;
      return !code || code === 'INTERNAL_SERVER_ERROR' || code === 'GRAPHQL_VALIDATION_FAILED';
    })
    .map((error) => ({
      caller: caller.label,
      operation: operation.slice(0, 300),
      error: `${error.extensions?.code ?? 'no code'}: ${error.message}`,
    }));
}

async function askEverything(caller: Caller): Promise<{ failures: Failure[]; operations: number; answered: number }> {
  const values = await argumentValues(caller);
  const failures: Failure[] = [];
  let operations = 0;
  let answered = 0;
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const required = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    // Lists are read three rows a page: enough rows to meet every kind of value, cheaply.
    const first = field.args.some((a) => a.name === 'first') ? 'first: 3' : '';
    const argumentSets: string[] = required.length
      ? (values[required[0]?.name ?? ''] ?? []).map(
          (value) => `(${[`${required[0]?.name}: "${value}"`, first].filter(Boolean).join(', ')})`,
        )
      : [first ? `(${first})` : ''];
    for (const args of argumentSets) {
      for (const operation of operationsFor(field, args)) {
        operations += 1;
        const response = await caller.client.request(operation);
        if (!response.errors && response.data) answered += 1;
        failures.push(...failuresOf(caller, operation, response));
      }
    }
  }
  return { failures, operations, answered };
}

let server: TestServer;
const callers: Caller[] = [];
const TENANTS = ['bantul', 'bpjs-yogyakarta', 'kadin-diy', 'dinkop-diy'];
const ROLES: Role[] = ['ADMIN', 'STAFF', 'VIEWER'];

beforeAll(async () => {
  server = await startServer();
  for (const tenant of TENANTS)
    for (const role of ROLES)
      callers.push({ label: `${role}@${tenant}`, client: await new GraphQLClient(server.url).loginAs(role, tenant) });
  const operator = new GraphQLClient(server.url);
  const login = await operator.request(
    'mutation($input: LoginInput!) { login(input: $input) { viewer { user { id } } } }',
    { input: { email: PLATFORM.operatorEmail, password: DEMO_PASSWORD } },
  );
  expect(login.errors).toBeUndefined();
  callers.push({ label: 'operator', client: operator });
  // Logged out too: every root field must refuse with a code, not fail.
  callers.push({ label: 'anonymous', client: new GraphQLClient(server.url) });
}, 120_000);
afterAll(async () => {
  await server?.stop();
});

describe('every field answers', () => {
  it('the generated selections reach every field of every type reachable from Query', () => {
    for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) operationsFor(field, '(id: "x")');
    const reachable = new Set<string>();
    const visit = (type: GraphQLNamedType, seen: Set<string>) => {
      if (seen.has(type.name) || isLeafType(type)) return;
      seen.add(type.name);
      if (isAbstractType(type)) for (const possible of schema.getPossibleTypes(type)) visit(possible, seen);
      if (!isObjectType(type)) return;
      for (const field of Object.values(type.getFields())) {
        reachable.add(`${type.name}.${field.name}`);
        visit(getNamedType(field.type), seen);
      }
    };
    const query = schema.getQueryType();
    if (query) visit(query, new Set());
    expect([...reachable].filter((field) => !covered.has(field))).toEqual([]);
    expect(covered.size).toBeGreaterThan(150);
  });

  it('as each role of bantul, BPJS, Kadin and the Dinas Koperasi, the operator and nobody: no internal error', async () => {
    const results = [];
    for (const caller of callers) results.push(await askEverything(caller));
    expect(results.flatMap((r) => r.failures)).toEqual([]);
    // Each caller asked many operations (the split kept each inside the limits).
    for (const result of results) expect(result.operations).toBeGreaterThan(15);
    // …and logged in, most of them were answered in full (not all refused, which would prove nothing).
    for (const [i, result] of results.entries())
      if (callers[i]?.label !== 'anonymous') expect(result.answered).toBeGreaterThan(result.operations / 2);
  }, 600_000);
});
