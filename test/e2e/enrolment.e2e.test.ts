import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

/**
 * Issue 17's loop in the browser: Bantul's staff build a request for a task's businesses (each
 * line priced and checked before sending) and send it; the BPJS office works it from its queue,
 * registering some lines and rejecting others with an uploaded results file; Bantul's registry,
 * dashboard and task progress move by exactly those workers; an assistance programme's budget
 * stops an over-budget request. Desk and phone, Indonesian and English, screenshots throughout.
 */
const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.1' });
const { loggedIn } = portal;
const PHONE = { width: 390, height: 844 };
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const TASK_TITLE = 'Pendaftaran pekerja sentra gerabah Kasongan';

async function inLanguage(page: Page, language: 'id' | 'en') {
  const menu = page.locator('button[aria-controls="main-nav"]');
  const opened = !(await page.getByTestId('lang-switch').isVisible()) && (await menu.isVisible());
  if (opened) await menu.click();
  await page.getByTestId('lang-switch').selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  if (opened && (await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
}

async function gql<T>(client: GraphQLClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await client.request<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

let bantulAdmin: GraphQLClient;
let bpjs: GraphQLClient;
let taskId = '';

async function figures() {
  const data = await gql<{
    workers: { totalCount: number };
    dashboard: { totals: { enrolled: number } };
    node: { progress: { registered: number } };
  }>(
    bantulAdmin,
    `query($task: ID!) { workers(filter: { coverageStatus: ENROLLED }) { totalCount }
      dashboard { totals { enrolled } }
      node(id: $task) { ... on OutreachTask { progress { registered } } } }`,
    { task: taskId },
  );
  return {
    registry: data.workers.totalCount,
    dashboard: data.dashboard.totals.enrolled,
    task: data.node.progress.registered,
  };
}

beforeAll(async () => {
  const url = portal.server.url;
  bantulAdmin = await new GraphQLClient(url).loginAs('ADMIN', 'bantul');
  bpjs = await new GraphQLClient(url).loginAs('STAFF', 'bpjs-yogyakarta');
  const orgs = await gql<{ organizations: { edges: { node: { id: string; kind: string; code: string } }[] } }>(
    bantulAdmin,
    '{ organizations(first: 50) { edges { node { id kind code } } } }',
  );
  const id = (code: string) => orgs.organizations.edges.find((e) => e.node.code === code)?.node.id;
  // Bantul shares its enrolment data with the BPJS office (the ENROLMENT scope).
  await gql(bantulAdmin, 'mutation($input: GrantAgreementInput!) { grantAgreement(input: $input) { id } }', {
    input: {
      granteeId: id('bpjs-yogyakarta'),
      scope: 'ENROLMENT',
      title: 'PKS Pendaftaran Peserta BPJS Ketenagakerjaan',
      number: 'PKS/ENR/2026/017',
      signedOn: day(-1),
      validFrom: day(-1),
      validUntil: day(365),
    },
  });
  // BPJS plans a task for three of Bantul's businesses.
  const directory = await gql<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
    bpjs,
    'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 3) { edges { node { id } } } }',
    { g: id('bantul') },
  );
  const task = await gql<{ createOutreachTask: { id: string } }>(
    bpjs,
    'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
    {
      input: {
        assigneeId: id('bantul'),
        title: TASK_TITLE,
        description: 'Daftarkan pekerja yang belum terlindungi.',
        businessIds: directory.partnerBusinesses.edges.map((e) => e.node.id),
        dueOn: day(30),
        priority: 'HIGH',
        targetWorkers: 20,
      },
    },
  );
  taskId = task.createOutreachTask.id;
});

describe('enrolment, partner to BPJS and back', () => {
  let requestUrl = '';
  let before: Awaited<ReturnType<typeof figures>>;

  it('Bantul builds a request from the task’s businesses, sees contributions and problems, and sends it', async () => {
    before = await figures();
    const page = await loggedIn('staff@bantul.demo');
    await page.goto(`${portal.server.url}/kepesertaan/baru`);
    await page.getByTestId('source-task').click();
    await page.getByTestId('task-select').selectOption({ label: TASK_TITLE });
    await page.getByTestId('add-task-workers').click();
    const lines = page.getByTestId('draft-lines').locator('> li');
    await expect.poll(() => lines.count()).toBeGreaterThanOrEqual(2);
    const count = await lines.count();
    // Wage workers have no wage yet: the request says so and cannot be sent.
    await expect.poll(() => page.getByTestId('send-request').isDisabled()).toBe(true);
    for (let i = 0; i < count; i++) await lines.nth(i).getByTestId('line-wage').fill('2000000');
    await expect.poll(() => page.getByTestId('request-problems').count()).toBe(0);
    await page.getByTestId('request-title').fill('Pekerja sentra gerabah Kasongan');
    await screenshot(page, 'enrolment-1-builder-bantul-id.png');
    await page.getByTestId('send-request').click();
    await page.getByTestId('request-sent').waitFor();
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Terkirim');
    await expect.poll(() => page.getByTestId('line-row').count()).toBe(count);
    requestUrl = page.url();
    await screenshot(page, 'enrolment-2-request-sent-bantul-id.png');
  });

  it('BPJS registers one line and rejects another from an uploaded results file, after a dry run', async () => {
    const page = await loggedIn('staff@bpjs-yogyakarta.demo');
    await page.goto(`${portal.server.url}/kepesertaan`);
    await page.getByTestId('request-row').first().waitFor();
    await screenshot(page, 'enrolment-3-queue-bpjs-id.png');
    await page.getByTestId('request-row').getByRole('link', { name: 'Pekerja sentra gerabah Kasongan' }).click();
    await page.getByTestId('bpjs-tools').waitFor();
    // The sheet for bulk entry, as the browser downloads it.
    const href = (await page.getByTestId('download-csv').getAttribute('href')) ?? '';
    const sheet = await page.request.get(`${portal.server.url}${href}`);
    expect(sheet.status()).toBe(200);
    const rows = parse(await sheet.text(), { bom: true, columns: true }) as Record<string, string>[];
    const [first, second] = rows;
    if (!first || !second) throw new Error('too few rows');
    const columns = Object.keys(first);
    const stranger = {
      ...second,
      NIK: '3402120101900999',
      Hasil: 'TERDAFTAR',
      KPJ: '98765432102',
      'Tanggal Efektif': day(0),
    };
    const registered = { ...first, Hasil: 'TERDAFTAR', KPJ: '98765432101', 'Tanggal Efektif': day(0) };
    const rejected = { ...second, Hasil: 'DITOLAK', 'Alasan Penolakan': 'NIK_MISMATCH' };
    const file = (records: Record<string, string>[]) => ({
      name: 'hasil.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(stringify(records, { header: true, columns })),
    });
    // A NIK not in the request is refused with its row, and nothing can be recorded.
    await page.getByTestId('results-file').setInputFiles(file([registered, rejected, stranger]));
    await page.getByTestId('results-check').click();
    await expect.poll(() => page.getByTestId('results-problems').textContent()).toContain('3402120101900999');
    expect(await page.getByTestId('results-commit').count()).toBe(0);
    await screenshot(page, 'enrolment-4-results-refused-bpjs-id.png');
    // The good file: a dry run says what it would record, then it is recorded.
    await page.getByTestId('results-file').setInputFiles(file([registered, rejected]));
    await page.getByTestId('results-check').click();
    await page.getByTestId('results-commit').waitFor();
    expect(await figures()).toEqual(before);
    await page.getByTestId('results-commit').click();
    await expect.poll(() => page.getByTestId('results-report').textContent()).toContain('1 terdaftar, 1 ditolak');
    const statuses = page.getByTestId('line-status');
    await expect
      .poll(async () => (await statuses.allTextContents()).filter((s) => s.includes('Terdaftar')).length)
      .toBe(1);
    await expect
      .poll(async () => (await statuses.allTextContents()).filter((s) => s.includes('Ditolak')).length)
      .toBe(1);
    await screenshot(page, 'enrolment-5-request-processed-bpjs-id.png');
    await page.setViewportSize(PHONE);
    await inLanguage(page, 'en');
    await screenshot(page, 'enrolment-6-request-bpjs-phone-en.png');
  });

  it('moves Bantul’s registry, dashboard and task progress by exactly the registered worker', async () => {
    expect(await figures()).toEqual({
      registry: before.registry + 1,
      dashboard: before.dashboard + 1,
      task: before.task + 1,
    });
    const page = await loggedIn('staff@bantul.demo', PHONE);
    await page.goto(requestUrl);
    await expect.poll(() => page.getByTestId('request-progress').first().textContent()).toContain('1 terdaftar');
    await screenshot(page, 'enrolment-7-request-progress-bantul-phone-id.png');
    // The rejected worker's page says why.
    await page.getByTestId('line-row').filter({ hasText: 'Ditolak' }).getByRole('link').click();
    await expect
      .poll(() => page.getByTestId('rejection-reason').textContent())
      .toContain('NIK tidak sesuai data kependudukan');
    await screenshot(page, 'enrolment-7b-rejected-worker-bantul-phone-id.png');
    // The registered worker's business shows its monthly contributions.
    await page.goBack();
    await page.getByTestId('line-row').filter({ hasText: 'Terdaftar' }).getByRole('link').click();
    await page.locator('main a[href^="/usaha/"]').first().click();
    await expect.poll(() => page.getByTestId('business-totals').textContent()).toMatch(/Iuran sebulan\s*Rp[\d.]+/);
    await screenshot(page, 'enrolment-7c-business-contributions-bantul-phone-id.png');
  });

  it('refuses a request over an assistance programme’s remaining budget', async () => {
    await gql(
      bantulAdmin,
      'mutation($input: AssistanceProgrammeFields!) { createAssistanceProgramme(input: $input) { id } }',
      {
        input: {
          name: 'Bantuan Iuran Pekerja Rentan Bantul',
          legalBasis: 'Peraturan Bupati Bantul Nomor 12 Tahun 2026',
          budget: 50_000,
          monthsOfCover: 6,
          programmes: ['JKK', 'JKM'],
          bpuOnly: true,
          startsOn: day(-1),
        },
      },
    );
    const page = await loggedIn('admin@bantul.demo');
    await page.goto(`${portal.server.url}/kepesertaan/baru?jenis=BPU`);
    await page.getByTestId('pick-row').first().waitFor();
    await page.getByTestId('pick-row').nth(0).locator('input[type=checkbox]').check();
    await page.getByTestId('add-checked').click();
    await page.getByTestId('request-assistance').selectOption({ index: 1 });
    await page.getByTestId('line-payer').first().selectOption('ASSISTANCE');
    // Rp16,800 a month for six months is more than the Rp50,000 budget.
    await expect.poll(() => page.getByTestId('request-totals').textContent()).toContain('Rp16.800');
    await page.getByTestId('send-request').click();
    await expect
      .poll(() => page.getByTestId('draft-problems').textContent())
      .toContain('Anggaran program bantuan tidak cukup');
    await expect.poll(() => page.getByTestId('request-status').textContent()).toBe('Draf');
    await screenshot(page, 'enrolment-8-over-budget-bantul-id.png');
    // The refused draft can be discarded, freeing its worker for another request.
    await page.getByTestId('delete-draft').click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/kepesertaan');
    // The programme's page: nothing spent or committed by the refused draft; on a phone, in English.
    await page.setViewportSize(PHONE);
    await inLanguage(page, 'en');
    await page.goto(`${portal.server.url}/bantuan-iuran`);
    await expect.poll(() => page.getByTestId('assistance-remaining').textContent()).toContain('50,000');
    await screenshot(page, 'enrolment-9-assistance-admin-phone-en.png');
  });
  it('shows a regency’s dashboard the workers covered by assistance, the same as the programme page', async () => {
    const programmes = await gql<{ assistanceProgrammes: { edges: { node: { id: string; version: number } }[] } }>(
      bantulAdmin,
      '{ assistanceProgrammes(first: 10) { edges { node { id version } } } }',
    );
    const programme = programmes.assistanceProgrammes.edges[0]?.node;
    await gql(
      bantulAdmin,
      'mutation($input: UpdateAssistanceProgrammeInput!) { updateAssistanceProgramme(input: $input) { id } }',
      {
        input: {
          id: programme?.id,
          expectedVersion: programme?.version,
          fields: {
            name: 'Bantuan Iuran Pekerja Rentan Bantul',
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
    const workers = await gql<{ workers: { edges: { node: { id: string } }[] } }>(
      bantulAdmin,
      '{ workers(first: 2, filter: { workerType: BPU, coverageStatus: NOT_ENROLLED }) { edges { node { id } } } }',
    );
    const orgs = await gql<{ organizations: { edges: { node: { id: string; code: string } }[] } }>(
      bantulAdmin,
      '{ organizations(first: 50) { edges { node { id code } } } }',
    );
    const created = await gql<{ createEnrolmentRequest: { id: string } }>(
      bantulAdmin,
      'mutation($input: CreateEnrolmentRequestInput!) { createEnrolmentRequest(input: $input) { id } }',
      {
        input: {
          recipientId: orgs.organizations.edges.find((e) => e.node.code === 'bpjs-yogyakarta')?.node.id,
          title: 'Bantuan iuran pekerja rentan',
          assistanceProgrammeId: programme?.id,
        },
      },
    );
    const added = await gql<{
      addEnrolmentLines: { request: { version: number; lines: { edges: { node: { id: string } }[] } } };
    }>(
      bantulAdmin,
      `mutation($input: AddEnrolmentLinesInput!) { addEnrolmentLines(input: $input) {
        request { version lines(first: 10) { edges { node { id } } } } } }`,
      {
        input: {
          requestId: created.createEnrolmentRequest.id,
          workerIds: workers.workers.edges.map((e) => e.node.id),
          terms: { programmes: ['JKK', 'JKM'], payer: 'ASSISTANCE', monthlyWage: 1_000_000 },
        },
      },
    );
    await gql(bantulAdmin, 'mutation($input: VersionedIdInput!) { sendEnrolmentRequest(input: $input) { id } }', {
      input: { id: created.createEnrolmentRequest.id, expectedVersion: added.addEnrolmentLines.request.version },
    });
    const lines = added.addEnrolmentLines.request.lines.edges.map((e, i) => ({
      id: e.node.id,
      kpj: `8888888880${i}`,
      effectiveDate: day(0),
    }));
    await gql(bpjs, 'mutation($input: RegisterEnrolmentLinesInput!) { registerEnrolmentLines(input: $input) { id } }', {
      input: { lines },
    });

    const page = await loggedIn('admin@bantul.demo');
    await page.goto(`${portal.server.url}/bantuan-iuran`);
    await expect.poll(() => page.getByTestId('assistance-people-covered').textContent()).toBe(String(lines.length));
    const covered = await page.getByTestId('assistance-people-covered').textContent();
    await page.goto(`${portal.server.url}/dasbor`);
    await expect.poll(() => page.getByTestId('assistance-covered').textContent()).toBe(covered);
    expect(await page.getByTestId('assistance-coverage').textContent()).toContain('ditanggung bantuan iuran');
    await screenshot(page, 'enrolment-10-dashboard-assistance-bantul-id.png');
    await page.setViewportSize(PHONE);
    await inLanguage(page, 'en');
    await expect
      .poll(() => page.getByTestId('assistance-coverage').textContent())
      .toContain('covered by contribution assistance');
    await page.getByTestId('assistance-coverage').scrollIntoViewIfNeeded();
    await screenshot(page, 'enrolment-11-dashboard-assistance-bantul-phone-en.png');
    // A tenant that is not a regency has no such tile.
    const office = await loggedIn('admin@bpjs-yogyakarta.demo');
    await office.goto(`${portal.server.url}/dasbor`);
    await office.getByTestId('dashboard-totals').waitFor();
    expect(await office.getByTestId('assistance-coverage').count()).toBe(0);
  });
});
