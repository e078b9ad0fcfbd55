import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import {
  closeOutreachWorld,
  day,
  type OutreachWorld,
  openOutreachWorld,
  revokeDemoEnrolmentAgreements,
} from '../helpers/outreach-world';

/**
 * Enrolment requests across tenants (issue 17): a third tenant sees no request, line or
 * programme and changes none; the BPJS office sees personal data only of lines sent to it, only
 * while the partner's ENROLMENT agreement is live and the request's sharing period lasts; a
 * partner cannot register its own lines; nothing crosses without the agreement. Over GraphQL (all
 * layers) and in plain SQL as the application's role (row-level security alone).
 */
let world: OutreachWorld;
let agreement: { id: string; version: number };
let sent: { id: string; uuid: string; lines: { id: string; uuid: string }[] };
let draft: { id: string; uuid: string; version: number; lines: { id: string; uuid: string }[] };
let programme: { id: string; uuid: string };

const uuidOf = (id: string) => Buffer.from(id, 'base64url').toString('utf8').split(':')[1] ?? '';

async function gql<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

async function grant(): Promise<{ id: string; version: number }> {
  const data = await gql<{ grantAgreement: { id: string; version: number } }>(
    world.bantulAdmin,
    `mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id version } }`,
    {
      input: {
        granteeId: world.orgs['bpjs-yogyakarta']?.globalId,
        scope: 'ENROLMENT',
        title: 'PKS Pendaftaran Peserta',
        number: `ENR/${Date.now() % 100000}`,
        signedOn: day(-1),
        validFrom: day(-1),
        validUntil: day(365),
      },
    },
  );
  return data.grantAgreement;
}

/** A draft of Bantul's with two not-enrolled workers; optionally sent. */
async function request(title: string, send: boolean) {
  const workers = await gql<{ workers: { edges: { node: { id: string } }[] } }>(
    world.bantulStaff,
    `{ workers(first: 40, filter: { coverageStatus: NOT_ENROLLED }) { edges { node { id } } } }`,
  );
  const created = await gql<{ createEnrolmentRequest: { id: string } }>(
    world.bantulStaff,
    `mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { id } }`,
    { input: { recipientId: world.orgs['bpjs-yogyakarta']?.globalId, title } },
  );
  const id = created.createEnrolmentRequest.id;
  const added = await gql<{
    addEnrolmentLines: { request: { version: number; lines: { edges: { node: { id: string } }[] } } };
  }>(
    world.bantulStaff,
    `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) {
      request { version lines(first: 2) { edges { node { id } } } } } }`,
    {
      input: {
        requestId: id,
        workerIds: workers.workers.edges.map((e) => e.node.id).slice(send ? 0 : 20, send ? 2 : 22),
        terms: { programmes: ['JKK', 'JKM'], payer: 'WORKER', monthlyWage: 2_000_000 },
      },
    },
  );
  const lines = added.addEnrolmentLines.request.lines.edges.map((e) => ({ id: e.node.id, uuid: uuidOf(e.node.id) }));
  let version = added.addEnrolmentLines.request.version;
  if (send) {
    const done = await gql<{ sendEnrolmentRequest: { version: number } }>(
      world.bantulStaff,
      `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { version } }`,
      { input: { id, expectedVersion: version } },
    );
    version = done.sendEnrolmentRequest.version;
  }
  return { id, uuid: uuidOf(id), version, lines };
}

/** What row-level security alone lets `tenant` do, inside a transaction rolled back afterwards. */
async function asTenant<T>(code: string, work: () => Promise<T>): Promise<T> {
  await world.app.query('begin');
  try {
    await world.app.query(`select set_config('app.tenant_id', $1, true)`, [world.orgs[code]?.id]);
    return await work();
  } finally {
    await world.app.query('rollback');
  }
}
/** A statement expected to fail, inside a savepoint so the transaction goes on. */
async function refused(sql: string, params: unknown[] = []): Promise<string> {
  await world.app.query('savepoint attempt');
  try {
    await world.app.query(sql, params);
    return 'accepted';
  } catch (error) {
    return String(error);
  } finally {
    await world.app.query('rollback to savepoint attempt');
  }
}
const count = async (sql: string, params: unknown[] = []) =>
  (await world.app.query(`select count(*)::int as n from ${sql}`, params)).rows[0].n as number;

beforeAll(async () => {
  world = await openOutreachWorld();
  // This file's own agreement, granted and revoked below, is the only one.
  await revokeDemoEnrolmentAgreements(world);
  agreement = await grant();
  sent = await request('Dikirim', true);
  draft = await request('Masih draf', false);
  const created = await gql<{ createAssistanceProgramme: { id: string } }>(
    world.bantulAdmin,
    `mutation($input: AssistanceProgrammeFields!) { createAssistanceProgramme(input: $input) { id } }`,
    {
      input: {
        name: 'Bantuan Iuran Bantul',
        legalBasis: 'Perbup Bantul 12/2026',
        budget: 10_000_000,
        monthsOfCover: 6,
        programmes: ['JKK', 'JKM'],
        startsOn: day(-1),
      },
    },
  );
  programme = { id: created.createAssistanceProgramme.id, uuid: uuidOf(created.createAssistanceProgramme.id) };
});
afterAll(async () => {
  await closeOutreachWorld(world);
});

const NODE = `query($id: ID!) { node(id: $id) { id } }`;

describe('a third tenant', () => {
  it('sees no request, line or programme of Bantul’s, by list or by id', async () => {
    const lists = await gql<{
      enrolmentRequests: { totalCount: number };
      assistanceProgrammes: { totalCount: number };
    }>(world.sleman, '{ enrolmentRequests { totalCount } assistanceProgrammes { totalCount } }');
    expect(lists).toEqual({ enrolmentRequests: { totalCount: 0 }, assistanceProgrammes: { totalCount: 0 } });
    for (const id of [
      sent.id,
      draft.id,
      programme.id,
      ...sent.lines.map((l) => l.id),
      ...draft.lines.map((l) => l.id),
    ]) {
      expect((await gql<{ node: unknown }>(world.sleman, NODE, { id })).node).toBeNull();
    }
  });

  it('changes none of them: every mutation answers as for a missing object', async () => {
    const attempts: [string, Record<string, unknown>][] = [
      [
        'mutation($input: UpdateEnrolmentRequestInput!) { updateEnrolmentRequest(input: $input) { id } }',
        { input: { id: draft.id, expectedVersion: draft.version, title: 'x' } },
      ],
      [
        'mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }',
        { input: { id: draft.id, expectedVersion: draft.version } },
      ],
      [
        'mutation($input: VersionedIdInput!) { deleteEnrolmentRequest(input: $input) }',
        { input: { id: draft.id, expectedVersion: draft.version } },
      ],
      [
        'mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) { added } }',
        { input: { requestId: draft.id, workerIds: [], terms: { programmes: ['JKK', 'JKM'], payer: 'WORKER' } } },
      ],
      [
        'mutation($input: RemoveEnrolmentLinesInput!) { removeEnrolmentLines(input: $input) { id } }',
        { input: { requestId: draft.id, lineIds: draft.lines.map((l) => l.id) } },
      ],
      [
        'mutation($input: UpdateAssistanceProgrammeInput!) { updateAssistanceProgramme(input: $input) { id } }',
        {
          input: {
            id: programme.id,
            expectedVersion: 1,
            fields: {
              name: 'x',
              legalBasis: 'x',
              budget: 1,
              monthsOfCover: 1,
              programmes: ['JKK'],
              startsOn: day(0),
            },
          },
        },
      ],
    ];
    for (const [query, variables] of attempts) {
      expect(errorCodes(await world.sleman.request(query, variables))).toEqual(['NOT_FOUND']);
    }
    // Processing is the BPJS office's alone.
    const register = await world.sleman.request(
      'mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }',
      { input: { lines: [{ id: sent.lines[0]?.id, kpj: '12345678901', effectiveDate: day(0) }] } },
    );
    expect(errorCodes(register)).toEqual(['FORBIDDEN']);
    const sheet = await fetch(`${world.server.url}/api/enrolment-requests/${sent.id}/sheet`, {
      headers: { cookie: world.sleman.sessionCookie ?? '' },
    });
    expect(sheet.status).toBe(404);
    const mine = await gql<{ node: { lineCount: number; status: string } }>(
      world.bantulAdmin,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { lineCount status } } }',
      { id: draft.id },
    );
    expect(mine.node).toEqual({ lineCount: 2, status: 'DRAFT' });
  });

  it('reads and writes none of the rows in SQL', async () => {
    await asTenant('sleman', async () => {
      for (const table of ['enrolment_request', 'enrolment_line', 'assistance_programme']) {
        expect(await count(table)).toBe(0);
      }
      for (const table of ['enrolment_request', 'enrolment_line']) {
        expect((await world.app.query(`delete from ${table}`)).rowCount).toBe(0);
      }
      expect((await world.app.query(`update assistance_programme set budget = 0`)).rowCount).toBe(0);
      expect((await world.app.query(`update enrolment_line set status = 'REGISTERED'`)).rowCount).toBe(0);
      expect(
        await refused(
          `insert into assistance_programme (id, organization_id, name, legal_basis, budget, months_of_cover, starts_on, created_by)
           values (gen_random_uuid(), $1, 'x', 'x', 1, 1, current_date, 'x')`,
          [world.orgs.bantul?.id],
        ),
      ).toMatch(/row-level security/);
    });
  });
});

describe('the BPJS office', () => {
  it('sees a request sent to it and its lines’ personal data, never a draft nor a programme', async () => {
    const queue = await gql<{ enrolmentRequests: { edges: { node: { id: string } }[] } }>(
      world.bpjs,
      '{ enrolmentRequests(direction: INCOMING) { edges { node { id } } } }',
    );
    expect(queue.enrolmentRequests.edges.map((e) => e.node.id)).toEqual([sent.id]);
    for (const id of [draft.id, programme.id, ...draft.lines.map((l) => l.id)]) {
      expect((await gql<{ node: unknown }>(world.bpjs, NODE, { id })).node).toBeNull();
    }
    const full = await gql<{ node: { personalData: { nik: string } } }>(
      world.bpjs,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentLine { personalData { nik } } } }',
      { id: sent.lines[0]?.id },
    );
    expect(full.node.personalData.nik).toMatch(/^\d{16}$/);
    await asTenant('bpjs-yogyakarta', async () => {
      expect(await count('enrolment_request')).toBe(1);
      expect(await count('enrolment_line')).toBe(2);
      expect(await count('assistance_programme')).toBe(0);
      expect(await count('worker where organization_id = $1', [world.orgs.bantul?.id])).toBe(0);
      // It records results; it never changes what was sent.
      expect(
        await refused(`update enrolment_line set nik = '3402000000000000' where id = $1`, [sent.lines[0]?.uuid]),
      ).toMatch(/records results only/);
    });
  });

  it('loses the lines when the agreement is revoked, and when the sharing period ends', async () => {
    const revoked = await gql<{ revokeAgreement: { version: number } }>(
      world.bantulAdmin,
      'mutation($input: VersionedIdInput!) { revokeAgreement(input: $input) { version } }',
      { input: { id: agreement.id, expectedVersion: agreement.version } },
    );
    expect(revoked.revokeAgreement.version).toBe(agreement.version + 1);
    const seen = await gql<{ node: { lineCount: number; linesShared: boolean; lines: { totalCount: number } } }>(
      world.bpjs,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { lineCount linesShared lines { totalCount } } } }',
      { id: sent.id },
    );
    expect(seen.node).toEqual({ lineCount: 2, linesShared: false, lines: { totalCount: 0 } });
    expect((await gql<{ node: unknown }>(world.bpjs, NODE, { id: sent.lines[0]?.id })).node).toBeNull();
    const register = await world.bpjs.request(
      'mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }',
      { input: { lines: [{ id: sent.lines[0]?.id, kpj: '12345678901', effectiveDate: day(0) }] } },
    );
    expect(errorCodes(register)).toEqual(['BAD_USER_INPUT']);
    await asTenant('bpjs-yogyakarta', async () => {
      expect(await count('enrolment_line')).toBe(0);
      expect(
        (await world.app.query(`update enrolment_line set status = 'REJECTED', rejection_reason = 'OTHER'`)).rowCount,
      ).toBe(0);
    });
    // Nothing crosses without the agreement: the draft cannot be sent.
    const refused = await world.bantulStaff.request(
      'mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }',
      { input: { id: draft.id, expectedVersion: draft.version } },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('NO_ENROLMENT_AGREEMENT');

    // A new agreement shares them again; a request done more than 30 days ago, no longer.
    await grant();
    await asTenant('bpjs-yogyakarta', async () => {
      expect(await count('enrolment_line')).toBe(2);
    });
    await world.server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update enrolment_request set share_until = current_date - 1 where id = ?`, [sent.uuid]);
    await asTenant('bpjs-yogyakarta', async () => {
      expect(await count('enrolment_request')).toBe(1);
      expect(await count('enrolment_line')).toBe(0);
    });
    await world.server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update enrolment_request set share_until = null where id = ?`, [sent.uuid]);
  });
});

describe('the partner', () => {
  it('cannot register its own lines, by API or in SQL', async () => {
    const byApi = await world.bantulAdmin.request(
      'mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }',
      { input: { lines: [{ id: sent.lines[0]?.id, kpj: '12345678901', effectiveDate: day(0) }] } },
    );
    expect(errorCodes(byApi)).toEqual(['FORBIDDEN']);
    await asTenant('bantul', async () => {
      // A sent request's lines: no policy lets the partner update them at all.
      const update = await world.app.query(
        `update enrolment_line set status = 'REGISTERED', kpj = '12345678901', effective_date = current_date
          where request_id = $1`,
        [sent.uuid],
      );
      expect(update.rowCount).toBe(0);
      // A draft's lines: editable, but only as PENDING.
      expect(
        await refused(
          `update enrolment_line set status = 'REGISTERED', kpj = '12345678901', effective_date = current_date
            where request_id = $1`,
          [draft.uuid],
        ),
      ).toMatch(/row-level security/);
      // Nor may it mark its own request done, or move a sent one back to a draft.
      expect(
        (await world.app.query(`update enrolment_request set status = 'DRAFT' where id = $1`, [sent.uuid])).rowCount,
      ).toBe(0);
      expect(await refused(`update enrolment_request set status = 'DONE' where id = $1`, [draft.uuid])).toMatch(
        /row-level security/,
      );
    });
    const worker = await gql<{ node: { status: string } }>(
      world.bantulAdmin,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentLine { status } } }',
      { id: sent.lines[0]?.id },
    );
    expect(worker.node.status).toBe('PENDING');
  });
});

describe('a draft', () => {
  it('is discarded by its partner only, lines and all', async () => {
    const discard = 'mutation($input: VersionedIdInput!) { deleteEnrolmentRequest(input: $input) }';
    const byOffice = await world.bpjs.request(discard, { input: { id: draft.id, expectedVersion: draft.version } });
    expect(errorCodes(byOffice)).toEqual(['FORBIDDEN']);
    const current = await gql<{ node: { version: number } }>(
      world.bantulStaff,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { version } } }',
      { id: draft.id },
    );
    await gql(world.bantulStaff, discard, { input: { id: draft.id, expectedVersion: current.node.version } });
    for (const id of [draft.id, ...draft.lines.map((l) => l.id)]) {
      expect((await gql<{ node: unknown }>(world.bantulAdmin, NODE, { id })).node).toBeNull();
    }
    // A sent request is not a draft: it stays.
    const sentOne = await world.bantulStaff.request(discard, { input: { id: sent.id, expectedVersion: 1 } });
    expect(errorCodes(sentOne)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('two BPJS staff at once', () => {
  it('record one result for a line, never two', async () => {
    const second = await new GraphQLClient(world.server.url).loginAs('ADMIN', 'bpjs-yogyakarta');
    const register = (client: GraphQLClient, kpj: string) =>
      client.request(
        'mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { kpj } }',
        { input: { lines: [{ id: sent.lines[1]?.id, kpj, effectiveDate: day(0) }] } },
      );
    const results = await Promise.all([register(world.bpjs, '70000000001'), register(second, '70000000002')]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(errorCodes(results.find((r) => r.errors) ?? { status: 200 })[0]).toMatch(/CONFLICT|BAD_USER_INPUT/);
    const line = await gql<{ node: { status: string; kpj: string } }>(
      world.bantulAdmin,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentLine { status kpj } } }',
      { id: sent.lines[1]?.id },
    );
    expect(line.node).toEqual({
      status: 'REGISTERED',
      kpj: (won[0]?.data as { registerEnrolmentLines: { kpj: string }[] } | undefined)?.registerEnrolmentLines[0]?.kpj,
    });
  });
});
