import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, GraphQLClient } from '../helpers/graphql-client';
import {
  CREATE,
  closeOutreachWorld,
  day,
  type OutreachWorld,
  openOutreachWorld,
  outreachTaskInput,
  revokeDemoEnrolmentAgreements,
} from '../helpers/outreach-world';

/**
 * The whole loop of issue 17 over GraphQL and the file routes: Bantul sends BPJS a request for a
 * task's businesses, BPJS registers some lines and rejects others from an uploaded results file,
 * and Bantul's registry, dashboard and task progress move by exactly those workers; an assistance
 * programme's budget stops an over-budget request.
 */
let world: OutreachWorld;
let bantulAdmin2: GraphQLClient;

const REQUEST_FIELDS = `id version status lineCount registeredCount rejectedCount pendingCount monthlyTotal shareUntil linesShared
  problems { lineId fullName field problem }`;
const LINES = `lines(first: 100) { totalCount edges { node { id fullName nik workerId workerType status kpj programmes
  payer monthlyTotal rejectionReason contribution { total byPayer { employer worker assistance } rateVersion } } } }`;
type Line = {
  id: string;
  fullName: string;
  nik: string;
  workerId: string | null;
  workerType: string;
  status: string;
  kpj: string | null;
  monthlyTotal: number;
  rejectionReason: string | null;
};
type Request = {
  id: string;
  version: number;
  status: string;
  lineCount: number;
  registeredCount: number;
  rejectedCount: number;
  pendingCount: number;
  linesShared: boolean;
  problems: { field: string; problem: string }[];
  lines?: { totalCount: number; edges: { node: Line }[] };
};

async function gql<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

async function enrolledCount(client: GraphQLClient): Promise<number> {
  const data = await gql<{ workers: { totalCount: number } }>(
    client,
    '{ workers(filter: { coverageStatus: ENROLLED }) { totalCount } }',
  );
  return data.workers.totalCount;
}

async function dashboardEnrolled(client: GraphQLClient): Promise<number> {
  const data = await gql<{ dashboard: { totals: { enrolled: number } } }>(
    client,
    '{ dashboard { totals { enrolled } } }',
  );
  return data.dashboard.totals.enrolled;
}

async function grantEnrolment(grantor: GraphQLClient, granteeId: string | undefined) {
  return gql<{ grantAgreement: { id: string; version: number } }>(
    grantor,
    `mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id version } }`,
    {
      input: {
        granteeId,
        scope: 'ENROLMENT',
        title: 'PKS Pendaftaran Peserta BPJS Ketenagakerjaan',
        number: `ENR/${Date.now() % 100000}`,
        signedOn: day(-1),
        validFrom: day(-1),
        validUntil: day(365),
      },
    },
  );
}

export async function uploadResults(client: GraphQLClient, requestId: string, body: string, commit: boolean) {
  const response = await fetch(`${world.server.url}/api/enrolment-requests/${requestId}/results?commit=${commit}`, {
    method: 'POST',
    headers: {
      cookie: client.sessionCookie ?? '',
      'x-jamsos-request': 'import',
      'x-file-name': 'hasil.csv',
      'content-type': 'application/octet-stream',
    },
    body,
  });
  const text = await response.text();
  if (response.status !== 200) return { status: response.status, report: null, error: JSON.parse(text) };
  const report = JSON.parse(text.trim().split('\n').at(-1) ?? '{}').report;
  return { status: response.status, report, error: null };
}

beforeAll(async () => {
  world = await openOutreachWorld();
  // Without the demo's ENROLMENT agreements: the first test shows a request refused before one is granted.
  await revokeDemoEnrolmentAgreements(world);
  bantulAdmin2 = world.bantulAdmin;
});
afterAll(async () => {
  await closeOutreachWorld(world);
});

describe('an enrolment request for a task, from Bantul to BPJS and back', () => {
  let requestId = '';
  let taskId = '';
  let lines: Line[] = [];

  it('is built from the task’s businesses, checked and sent under an ENROLMENT agreement', async () => {
    const task = await gql<{ createOutreachTask: { id: string } }>(world.bpjs, CREATE, {
      input: outreachTaskInput(world, { businessIds: world.bantulBusinesses.slice(0, 3), targetWorkers: 20 }),
    });
    taskId = task.createOutreachTask.id;
    const created = await gql<{ createEnrolmentRequest: Request }>(
      world.bantulStaff,
      `mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { recipientId: world.orgs['bpjs-yogyakarta']?.globalId, title: 'Pekerja sentra batik', taskId } },
    );
    requestId = created.createEnrolmentRequest.id;
    expect(created.createEnrolmentRequest).toMatchObject({ status: 'DRAFT', lineCount: 0 });
    expect(created.createEnrolmentRequest.problems.map((p) => p.problem)).toEqual(['NO_LINES']);

    const added = await gql<{ addEnrolmentLines: { added: number; request: Request } }>(
      world.bantulStaff,
      `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) { added skipped { problem }
        request { ${REQUEST_FIELDS} ${LINES} } } }`,
      {
        input: {
          requestId,
          fromTask: true,
          terms: { programmes: ['JKK', 'JKM'], payer: 'WORKER', monthlyWage: 2_000_000 },
        },
      },
    );
    expect(added.addEnrolmentLines.added).toBeGreaterThanOrEqual(3);
    const request = added.addEnrolmentLines.request;
    lines = request.lines?.edges.map((e) => e.node) ?? [];
    expect(request.lineCount).toBe(lines.length);
    expect(lines.every((l) => l.status === 'PENDING' && l.workerId && l.nik.includes('•'))).toBe(true);
    expect(lines.every((l) => l.monthlyTotal > 0)).toBe(true);
    // No agreement yet: nothing is shared, nothing is sent, and every problem is said.
    const refused = await world.bantulStaff.request<{ sendEnrolmentRequest: Request }>(
      `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }`,
      { input: { id: requestId, expectedVersion: request.version } },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('NO_ENROLMENT_AGREEMENT');

    await grantEnrolment(world.bantulAdmin, world.orgs['bpjs-yogyakarta']?.globalId);
    const sent = await gql<{ sendEnrolmentRequest: Request }>(
      world.bantulStaff,
      `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { id: requestId, expectedVersion: request.version } },
    );
    expect(sent.sendEnrolmentRequest).toMatchObject({ status: 'SENT', linesShared: true, problems: [] });
  });

  it('reaches the BPJS office, which sees the shared personal data (audited on both sides)', async () => {
    const queue = await gql<{ enrolmentRequests: { edges: { node: Request }[] } }>(
      world.bpjs,
      `{ enrolmentRequests(direction: INCOMING) { edges { node { ${REQUEST_FIELDS} } } } }`,
    );
    expect(queue.enrolmentRequests.edges.map((e) => e.node.id)).toContain(requestId);
    const seen = (
      await gql<{ node: Request }>(
        world.bpjs,
        `query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { ${REQUEST_FIELDS} ${LINES} } } }`,
        { id: requestId },
      )
    ).node;
    expect(seen?.lines?.totalCount).toBe(lines.length);
    expect(seen?.lines?.edges.every((e) => e.node.workerId === null)).toBe(true);
    const full = await gql<{ node: { personalData: { nik: string; birthDate: string } } }>(
      world.bpjs,
      'query($id: ID!) { node(id: $id) { ... on EnrolmentLine { personalData { nik birthDate } } } }',
      { id: lines[0]?.id },
    );
    expect(full.node.personalData.nik).toMatch(/^\d{16}$/);
    const partnerLog = await gql<{ auditLog: { edges: { node: { action: string } }[] } }>(
      world.bantulAdmin,
      '{ auditLog(first: 50) { edges { node { action } } } }',
    );
    const actions = partnerLog.auditLog.edges.map((e) => e.node.action);
    expect(actions).toContain('enrolment.viewPersonalData');
    expect(actions).toContain('enrolment.viewLines');
    const notices = await gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      world.bpjs,
      '{ notifications(first: 20) { edges { node { kind } } } }',
    );
    expect(notices.notifications.edges.map((e) => e.node.kind)).toContain('ENROLMENT_RECEIVED');
  });

  it('is processed from an uploaded results file; the registry, dashboard and task move by exactly those', async () => {
    const enrolledBefore = await enrolledCount(world.bantulAdmin);
    const dashboardBefore = await dashboardEnrolled(world.bantulAdmin);
    // The sheet for bulk entry.
    const sheet = await fetch(`${world.server.url}/api/enrolment-requests/${requestId}/sheet?format=csv`, {
      headers: { cookie: world.bpjs.sessionCookie ?? '' },
    });
    expect(sheet.status).toBe(200);
    const rows = parse(await sheet.text(), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(lines.length);
    const [first, second, third] = rows;
    if (!first || !second || !third) throw new Error('too few rows');
    const columns = Object.keys(first);
    const csv = (...records: Record<string, string>[]) => stringify(records, { header: true, columns });
    const registered = { ...first, Hasil: 'TERDAFTAR', KPJ: '98765432101', 'Tanggal Efektif': day(0) };
    const rejected = { ...second, Hasil: 'DITOLAK', 'Alasan Penolakan': 'NIK_MISMATCH' };
    const stranger = {
      ...third,
      NIK: '3402120101900999',
      Hasil: 'TERDAFTAR',
      KPJ: '98765432102',
      'Tanggal Efektif': day(0),
    };
    // A NIK that is not in the request: refused with its row, nothing written.
    const bad = await uploadResults(world.bpjs, requestId, csv(registered, rejected, stranger), true);
    expect(bad.report.committed).toBe(false);
    expect(bad.report.problems).toEqual([
      expect.objectContaining({ line: 4, column: 'NIK', problem: 'NIK_NOT_IN_REQUEST' }),
    ]);
    expect(await enrolledCount(world.bantulAdmin)).toBe(enrolledBefore);
    // A dry run of the good file writes nothing either.
    const good = csv(registered, rejected);
    const dry = await uploadResults(world.bpjs, requestId, good, false);
    expect(dry.report).toMatchObject({ committed: false, registered: 1, rejected: 1, problems: [] });
    expect(await enrolledCount(world.bantulAdmin)).toBe(enrolledBefore);
    // The partner may not record results, not even for its own request.
    const byPartner = await uploadResults(world.bantulAdmin, requestId, good, true);
    expect(byPartner.status).toBe(403);
    const done = await uploadResults(world.bpjs, requestId, good, true);
    expect(done.report).toMatchObject({ committed: true, registered: 1, rejected: 1 });

    expect(await enrolledCount(world.bantulAdmin)).toBe(enrolledBefore + 1);
    expect(await dashboardEnrolled(world.bantulAdmin)).toBe(dashboardBefore + 1);
    const after = await gql<{ node: Request }>(
      world.bantulAdmin,
      `query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { ${REQUEST_FIELDS} ${LINES} } } }`,
      { id: requestId },
    );
    expect(after.node).toMatchObject({ status: 'IN_PROGRESS', registeredCount: 1, rejectedCount: 1 });
    const byNik = new Map(after.node.lines?.edges.map((e) => [e.node.fullName, e.node]));
    const registeredLine = after.node.lines?.edges.find((e) => e.node.status === 'REGISTERED')?.node;
    const rejectedLine = after.node.lines?.edges.find((e) => e.node.status === 'REJECTED')?.node;
    expect(byNik.size).toBeGreaterThan(0);
    const worker = await gql<{
      node: { coverageStatus: string; kpj: string; programmes: string[]; enrolledOn: string };
    }>(
      world.bantulAdmin,
      'query($id: ID!) { node(id: $id) { ... on Worker { coverageStatus kpj programmes enrolledOn } } }',
      {
        id: registeredLine?.workerId,
      },
    );
    expect(worker.node).toEqual({
      coverageStatus: 'ENROLLED',
      kpj: '98765432101',
      programmes: ['JKK', 'JKM'],
      enrolledOn: day(0),
    });
    const refused = await gql<{
      node: { coverageStatus: string; enrolmentLines: { status: string; rejectionReason: string }[] };
    }>(
      world.bantulAdmin,
      'query($id: ID!) { node(id: $id) { ... on Worker { coverageStatus enrolmentLines { status rejectionReason } } } }',
      { id: rejectedLine?.workerId },
    );
    expect(refused.node.coverageStatus).not.toBe('ENROLLED');
    expect(refused.node.enrolmentLines[0]).toEqual({ status: 'REJECTED', rejectionReason: 'NIK_MISMATCH' });
    // The task counts real registered workers, for both its parties.
    for (const client of [world.bpjs, world.bantulAdmin]) {
      const task = await gql<{ node: { progress: { registered: number } } }>(
        client,
        'query($id: ID!) { node(id: $id) { ... on OutreachTask { progress { registered } } } }',
        { id: taskId },
      );
      expect(task.node.progress.registered).toBe(1);
    }
    const notices = await gql<{
      notifications: { edges: { node: { kind: string; params: { registered: string } } }[] };
    }>(world.bantulAdmin, '{ notifications(first: 20) { edges { node { kind params { registered } } } } }');
    expect(notices.notifications.edges.map((e) => e.node.kind)).toContain('ENROLMENT_PROCESSED');
  });

  it('refuses a partner registering its own lines, and a processed line twice', async () => {
    const own = await world.bantulAdmin.request(
      `mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }`,
      { input: { lines: [{ id: lines[2]?.id, kpj: '11111111111', effectiveDate: day(0) }] } },
    );
    expect(errorCodes(own)).toEqual(['FORBIDDEN']);
    const twice = await world.bpjs.request(
      `mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }`,
      { input: { lines: [{ id: lines[0]?.id, kpj: '11111111111', effectiveDate: day(0) }] } },
    );
    expect(errorCodes(twice)).toEqual(['BAD_USER_INPUT']);
  });

  it('finishes by mutation: the rest rejected, the request done and shared for 30 more days', async () => {
    const pending = lines.slice(2).map((l) => ({ id: l.id, reason: 'OTHER', note: 'Dokumen tidak terbaca' }));
    const rejected = await gql<{ rejectEnrolmentLines: { status: string; rejectionReason: string }[] }>(
      world.bpjs,
      `mutation($input: RejectEnrolmentLinesInput!) { rejectEnrolmentLines(input: $input) { status rejectionReason } }`,
      { input: { lines: pending } },
    );
    expect(rejected.rejectEnrolmentLines.every((l) => l.status === 'REJECTED')).toBe(true);
    const request = await gql<{ node: Request }>(
      world.bpjs,
      `query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { ${REQUEST_FIELDS} } } }`,
      { id: requestId },
    );
    expect(request.node).toMatchObject({ status: 'DONE', pendingCount: 0, shareUntil: day(30), linesShared: true });
  });
});

describe('an assistance programme', () => {
  it('shows its budget and stops a request it cannot pay for', async () => {
    const created = await gql<{ createAssistanceProgramme: { id: string } }>(
      bantulAdmin2,
      `mutation($input: AssistanceProgrammeFields!) { createAssistanceProgramme(input: $input) { id } }`,
      {
        input: {
          name: 'Bantuan Iuran Pekerja Rentan Bantul 2027',
          legalBasis: 'Peraturan Bupati Bantul Nomor 12 Tahun 2026',
          budget: 50_000,
          monthsOfCover: 6,
          programmes: ['JKK', 'JKM'],
          bpuOnly: true,
          startsOn: day(-1),
        },
      },
    );
    const programmeId = created.createAssistanceProgramme.id;
    const workers = await gql<{ workers: { edges: { node: { id: string } }[] } }>(
      bantulAdmin2,
      '{ workers(first: 10, filter: { workerType: BPU, coverageStatus: NOT_ENROLLED }) { edges { node { id } } } }',
    );
    const request = await gql<{ createEnrolmentRequest: { id: string } }>(
      bantulAdmin2,
      `mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { id } }`,
      {
        input: {
          recipientId: world.orgs['bpjs-yogyakarta']?.globalId,
          title: 'Bantuan iuran',
          assistanceProgrammeId: programmeId,
        },
      },
    );
    const added = await gql<{ addEnrolmentLines: { added: number; request: Request & { monthlyTotal: number } } }>(
      bantulAdmin2,
      `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) { added request { ${REQUEST_FIELDS} } } }`,
      {
        input: {
          requestId: request.createEnrolmentRequest.id,
          workerIds: workers.workers.edges.map((e) => e.node.id),
          terms: { programmes: ['JKK', 'JKM'], payer: 'ASSISTANCE', monthlyWage: 1_000_000 },
        },
      },
    );
    // Those not already in the open request above.
    const count = added.addEnrolmentLines.added;
    expect(count).toBeGreaterThanOrEqual(2);
    // Each worker: Rp16,800 × 6 months = Rp100,800 > Rp50,000.
    expect(added.addEnrolmentLines.request.problems.map((p) => p.problem)).toEqual(['ASSISTANCE_OVER_BUDGET']);
    const refused = await bantulAdmin2.request(
      `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }`,
      { input: { id: request.createEnrolmentRequest.id, expectedVersion: added.addEnrolmentLines.request.version } },
    );
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(refused.errors?.[0]?.extensions)).toContain('ASSISTANCE_OVER_BUDGET');
    const programme = await gql<{ node: { budgetUse: { committed: number; spent: number; remaining: number } } }>(
      bantulAdmin2,
      'query($id: ID!) { node(id: $id) { ... on AssistanceProgramme { budgetUse { committed spent remaining } } } }',
      { id: programmeId },
    );
    expect(programme.node.budgetUse).toEqual({ committed: 0, spent: 0, remaining: 50_000 });
    // Enough budget: sent, committed, and counted as spent once registered.
    await gql(
      bantulAdmin2,
      `mutation($input: UpdateAssistanceProgrammeInput!) { updateAssistanceProgramme(input: $input) { id } }`,
      {
        input: {
          id: programmeId,
          expectedVersion: 1,
          fields: {
            name: 'Bantuan Iuran Pekerja Rentan Bantul 2027',
            legalBasis: 'Peraturan Bupati Bantul Nomor 12 Tahun 2026',
            budget: 5_000_000,
            monthsOfCover: 6,
            programmes: ['JKK', 'JKM'],
            bpuOnly: true,
            startsOn: day(-1),
          },
        },
      },
    );
    const current = await gql<{ node: Request }>(
      bantulAdmin2,
      `query($id: ID!) { node(id: $id) { ... on EnrolmentRequest { ${REQUEST_FIELDS} ${LINES} } } }`,
      { id: request.createEnrolmentRequest.id },
    );
    expect(current.node.problems).toEqual([]);
    await gql(bantulAdmin2, `mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }`, {
      input: { id: request.createEnrolmentRequest.id, expectedVersion: current.node.version },
    });
    const committed = await gql<{ node: { budgetUse: { committed: number; remaining: number } } }>(
      bantulAdmin2,
      'query($id: ID!) { node(id: $id) { ... on AssistanceProgramme { budgetUse { committed remaining } } } }',
      { id: programmeId },
    );
    expect(committed.node.budgetUse).toEqual({ committed: count * 100_800, remaining: 5_000_000 - count * 100_800 });
    const first = current.node.lines?.edges[0]?.node;
    await gql(
      world.bpjs,
      `mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }`,
      { input: { lines: [{ id: first?.id, kpj: '55555555501', effectiveDate: day(0) }] } },
    );
    const spent = await gql<{
      node: { budgetUse: { committed: number; spent: number; peopleCovered: number } };
      assistanceCoverage: { workersCovered: number };
    }>(
      bantulAdmin2,
      `query($id: ID!) { node(id: $id) { ... on AssistanceProgramme { budgetUse { committed spent peopleCovered } } }
        assistanceCoverage { workersCovered } }`,
      { id: programmeId },
    );
    expect(spent.node.budgetUse).toEqual({ committed: (count - 1) * 100_800, spent: 100_800, peopleCovered: 1 });
    expect(spent.assistanceCoverage.workersCovered).toBe(1);

    // A worker in an open request goes in no other.
    const other = await gql<{ createEnrolmentRequest: { id: string } }>(
      bantulAdmin2,
      `mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { id } }`,
      { input: { recipientId: world.orgs['bpjs-yogyakarta']?.globalId, title: 'Lagi' } },
    );
    const again = await gql<{ addEnrolmentLines: { added: number; skipped: { problem: string }[] } }>(
      bantulAdmin2,
      `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) { added skipped { problem } } }`,
      {
        input: {
          requestId: other.createEnrolmentRequest.id,
          workerIds: current.node.lines?.edges.slice(1, 2).map((e) => e.node.workerId),
          terms: { programmes: ['JKK', 'JKM'], payer: 'WORKER', monthlyWage: 1_000_000 },
        },
      },
    );
    expect(again.addEnrolmentLines).toEqual({ added: 0, skipped: [{ problem: 'WORKER_IN_OPEN_REQUEST' }] });

    // Cover ending within 30 days: on the renewal list (a read that writes nothing), and the
    // admins told once by the daily job, however often it runs.
    await world.server.portal.database.ownerOrm.em
      .fork()
      .getConnection()
      .execute(`update enrolment_line set cover_until = current_date + 10 where kpj = '55555555501'`);
    const renewalNotices = async () => {
      const notices = await gql<{ notifications: { edges: { node: { kind: string; params: { count: string } } }[] } }>(
        bantulAdmin2,
        '{ notifications(first: 50) { edges { node { kind params { count } } } } }',
      );
      return notices.notifications.edges.filter((e) => e.node.kind === 'ASSISTANCE_RENEWAL').map((e) => e.node);
    };
    const renewals = await gql<{ assistanceRenewals: { kpj: string; coverUntil: string }[] }>(
      bantulAdmin2,
      '{ assistanceRenewals { kpj coverUntil } }',
    );
    expect(renewals.assistanceRenewals).toEqual([{ kpj: '55555555501', coverUntil: day(10) }]);
    expect(await renewalNotices()).toEqual([]);
    for (let round = 0; round < 2; round++) {
      expect((await world.server.portal.jobs.runNow('assistance-renewals')).state).toBe('completed');
      expect(await renewalNotices()).toEqual([{ kind: 'ASSISTANCE_RENEWAL', params: { count: '1' } }]);
    }
    // Nobody of another regency is told.
    const slemanNotices = await gql<{ notifications: { edges: { node: { kind: string } }[] } }>(
      world.sleman,
      '{ notifications(first: 50) { edges { node { kind } } } }',
    );
    expect(slemanNotices.notifications.edges.filter((e) => e.node.kind === 'ASSISTANCE_RENEWAL')).toEqual([]);
  });
});

describe('SQL statements', () => {
  async function statementsOf(client: GraphQLClient, query: string, first: number): Promise<number> {
    const seen: string[] = [];
    const logger = world.server.portal.database.orm.config.getLogger();
    const original = logger.logQuery.bind(logger);
    logger.logQuery = (context) => {
      seen.push(context.query ?? '');
      original(context);
    };
    try {
      const result = await client.request<Record<string, { edges: unknown[] }>>(query, { first });
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data ?? {})[0]?.edges.length).toBe(first);
    } finally {
      logger.logQuery = original;
    }
    return seen.length;
  }

  it('stay the same for one or more requests in the BPJS queue, and for 5 or 40 workers with their lines', async () => {
    const queue = `query($first: Int!) { enrolmentRequests(first: $first, direction: INCOMING) {
      edges { node { id status lineCount pendingCount linesShared partner { name } } } } }`;
    expect(await statementsOf(world.bpjs, queue, 2)).toBe(await statementsOf(world.bpjs, queue, 1));
    const workers = `query($first: Int!) { workers(first: $first) {
      edges { node { id enrolmentLines { status rejectionReason } } } } }`;
    expect(await statementsOf(world.bantulAdmin, workers, 40)).toBe(await statementsOf(world.bantulAdmin, workers, 5));
  });
});
