import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * Random input to every registry, agreement and task mutation, over HTTP: strings of any kind,
 * huge numbers, unicode, nulls. Each answer is a clear error with one of our codes, or a success;
 * never a 500, never a write beyond what succeeded (counted by the owner afterwards).
 */
let server: TestServer;
let staff: GraphQLClient;
let bpjsAdmin: GraphQLClient;
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'GRAPHQL_VALIDATION_FAILED'];

beforeAll(async () => {
  server = await startServer({ DEMO_REGISTRY_SCALE: '0' });
  staff = await new GraphQLClient(server.url).loginAs('STAFF', 'sleman');
  bpjsAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
});
afterAll(async () => {
  await server?.stop();
});

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '3404015203910002',
    '9120000000001',
    'Sleman',
    'Depok',
    'UMKM',
    'PU',
    'ENROLLED',
    "'; drop table business; --",
    '%_\\',
  ),
  fc.string({ minLength: 300, maxLength: 600 }),
);
const number = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 31 - 1, 1900, 2025), fc.double({ noNaN: true }));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

async function ownerCount(table: string): Promise<number> {
  const rows = await server.portal.database.ownerOrm.em
    .fork()
    .getConnection()
    .execute<{ n: string }[]>(`select count(*) as n from ${table}`);
  return Number(rows[0]?.n ?? 0);
}

function judge(result: { status: number; data?: unknown; errors?: { extensions?: { code?: string } }[] }) {
  expect(result.status).not.toBe(500);
  if (result.errors) for (const error of result.errors) expect(CODES).toContain(error.extensions?.code);
  return !result.errors;
}

describe('random mutation input', () => {
  it('createBusiness and updateBusiness answer clearly and write only what succeeded', async () => {
    let created = 0;
    const before = await ownerCount('business');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          legalForm: text,
          name: text,
          nib: maybe(text),
          kbliSection: text,
          sizeClass: text,
          regency: text,
          district: text,
          address: text,
          contactPhone: maybe(text),
          foundedYear: maybe(number),
          kadinMember: maybe(fc.boolean()),
        }),
        async (input) => {
          const result = await staff.request(
            'mutation($input: BusinessFields!) { createBusiness(input: $input) { id } }',
            { input },
          );
          if (judge(result)) created++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(await ownerCount('business')).toBe(before + created);
  });

  it('createWorker answers clearly and writes only what succeeded', async () => {
    let created = 0;
    const before = await ownerCount('worker');
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          businessIds: fc.array(text, { maxLength: 3 }),
          nik: text,
          fullName: text,
          workerType: text,
          monthlyIncome: maybe(number),
          coverageStatus: text,
          kpj: maybe(text),
          programmes: fc.array(text, { maxLength: 6 }),
          enrolledOn: maybe(text),
        }),
        async (input) => {
          const result = await staff.request('mutation($input: WorkerFields!) { createWorker(input: $input) { id } }', {
            input,
          });
          if (judge(result)) created++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(await ownerCount('worker')).toBe(before + created);
  });

  it('grantAgreement and createOutreachTask answer clearly and write only what succeeded', async () => {
    let agreements = 0;
    let tasks = 0;
    const beforeAgreements = await ownerCount('agreement');
    const beforeTasks = await ownerCount('outreach_task');
    await fc.assert(
      fc.asyncProperty(
        fc.record({ granteeId: text, title: text, number: text, signedOn: text, validFrom: text, validUntil: text }),
        fc.record({
          assigneeId: text,
          title: text,
          description: text,
          businessIds: fc.array(text, { maxLength: 3 }),
          dueOn: text,
          targetWorkers: number,
        }),
        async (grant, task) => {
          if (
            judge(
              await bpjsAdmin.request(
                'mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id } }',
                { input: { ...grant, scope: 'AGGREGATES' } },
              ),
            )
          )
            agreements++;
          const result = await bpjsAdmin.request(
            'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
            {
              input: {
                ...task,
                priority: 'NORMAL',
                targetWorkers:
                  Number.isInteger(task.targetWorkers) && Math.abs(task.targetWorkers) < 2 ** 31
                    ? task.targetWorkers
                    : 1,
              },
            },
          );
          if (judge(result)) tasks++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(await ownerCount('agreement')).toBe(beforeAgreements + agreements);
    expect(await ownerCount('outreach_task')).toBe(beforeTasks + tasks);
  });
});
