import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loggedIn, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * What the officer records on a visit besides the report (issue 18), offline: workers who want
 * to join BPJS (one listed for the business, one added on the visit). Closed and reopened, then
 * back online, the server has each exactly once.
 */
const PHONE = { width: 390, height: 844 };
const DOCS_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
const NIK_NEW = '3402121711889874';
const SLOW = { timeout: 20_000, interval: 100 };

let server: TestServer;
let browser: Browser;
let taskUuid: string;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.portal.database.ownerOrm.em.fork().getConnection().execute<T[]>(text, params);
}

/** A task from the BPJS office for Bantul, accepted by Bantul's admin and handed to its staff officer. */
async function handTaskToOfficer(title: string): Promise<string> {
  const bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
  const bantulAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
  const officer = await new GraphQLClient(server.url).loginAs('STAFF', 'bantul');
  const me = await officer.request<{ viewer: { user: { id: string }; organization: { id: string } } }>(
    '{ viewer { user { id } organization { id } } }',
  );
  const directory = await bpjs.request<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
    'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 2) { edges { node { id } } } }',
    { g: me.data?.viewer.organization.id },
  );
  const created = await bpjs.request<{ createOutreachTask: { id: string; version: number } }>(
    'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id version } }',
    {
      input: {
        assigneeId: me.data?.viewer.organization.id,
        title,
        businessIds: directory.data?.partnerBusinesses.edges.map((e) => e.node.id),
        dueOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
        priority: 'HIGH',
        targetWorkers: 10,
      },
    },
  );
  const id = created.data?.createOutreachTask.id ?? '';
  const accepted = await bantulAdmin.request<{ transitionOutreachTask: { version: number } }>(
    'mutation($input: TransitionOutreachTaskInput!) { transitionOutreachTask(input: $input) { version } }',
    { input: { id, expectedVersion: created.data?.createOutreachTask.version, to: 'ACCEPTED' } },
  );
  const assigned = await bantulAdmin.request(
    'mutation($input: AssignOutreachTaskInput!) { assignOutreachTask(input: $input) { id } }',
    { input: { id, expectedVersion: accepted.data?.transitionOutreachTask.version, userId: me.data?.viewer.user.id } },
  );
  expect(assigned.errors).toBeUndefined();
  return id;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ DEMO_REGISTRY_SCALE: '0.05' }), launchBrowser()]);
  const taskId = await handTaskToOfficer('Sosialisasi BPU pasar Wonosari');
  taskUuid = Buffer.from(taskId, 'base64url').toString('utf8').split(':')[1] ?? '';
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The officer's phone on "my visits", with the first target's workers' names kept for offline use. */
async function officerPhone(): Promise<{ page: Page; context: BrowserContext }> {
  const page = await loggedIn(browser, server.url, 'staff@bantul.demo', PHONE);
  await page.goto(`${server.url}/lapangan`);
  await page.getByTestId('field-task').first().waitFor();
  await page.getByTestId('record-visit').first().click();
  await page.locator('#visit-business').selectOption({ index: 1 });
  await expect.poll(() => page.getByTestId('interest').count(), SLOW).toBeGreaterThan(0);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), SLOW)
    .toBe('activated');
  // graphcache writes its IndexedDB store in batches: give it the moment it takes.
  await page.waitForTimeout(1500);
  await page.goto(`${server.url}/lapangan`);
  await page.getByTestId('field-task').first().waitFor();
  return { page, context: page.context() };
}

async function docShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  if (process.env.DOCS_SCREENSHOTS === '1')
    await page.screenshot({ path: path.join(DOCS_IMAGES, name), fullPage: true });
}

const waiting = (page: Page) => page.getByTestId('waiting').getAttribute('data-count');

describe('a visit’s extras on a phone', { timeout: 120_000 }, () => {
  it('marks workers who want to join BPJS offline, one listed and one new, and sends each mark exactly once', async () => {
    const { page, context } = await officerPhone();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('field-task').first().waitFor();

    // A worker met on the visit, who wants to join.
    await page.getByTestId('add-worker').first().click();
    await page.locator('#worker-name').fill('Sumiyati Minat');
    await page.locator('#worker-nik').fill(NIK_NEW);
    await page.getByTestId('worker-interest').check();
    await page.getByTestId('save-worker').click();
    await page.getByTestId('field-notice').waitFor();
    expect(await waiting(page)).toBe('2');

    // The report, with one of the business's workers (names kept on the phone) marked.
    await page.getByTestId('record-visit').first().click();
    await page.locator('#visit-business').selectOption({ index: 1 });
    const list = page.getByTestId('interest-list');
    await expect.poll(() => list.getByTestId('interest').count(), SLOW).toBeGreaterThan(1);
    // The new worker is listed, its mark already waiting.
    expect(await list.textContent()).toContain('Sumiyati Minat');
    const listed = list
      .locator('label')
      .filter({ has: page.locator('input:not([disabled])') })
      .first();
    const name = ((await listed.textContent()) ?? '').split(' · ')[0]?.trim() ?? '';
    await listed.locator('input').check();
    await page.locator('#visit-reached').fill('6');
    await docShot(page, 'field-8-interest.png');
    await page.getByTestId('save-visit').click();
    await page.getByTestId('field-notice').waitFor();
    expect(await waiting(page)).toBe('4');

    // Closed and opened again without signal: all four wait.
    await page.close();
    const again = await context.newPage();
    await again.goto(`${server.url}/lapangan`);
    await again.getByTestId('field-task').first().waitFor();
    expect(await waiting(again)).toBe('4');
    expect(await sql('select 1 from worker where enrolment_interest_at is not null')).toHaveLength(0);

    await context.setOffline(false);
    await expect.poll(() => waiting(again), SLOW).toBe('0');
    const marked = await sql<{ full_name: string; client: string | null }>(
      `select full_name, enrolment_interest_client_id as client from worker
        where enrolment_interest_at is not null order by full_name`,
    );
    expect(marked.map((w) => w.full_name).sort()).toEqual([name, 'Sumiyati Minat'].sort());
    expect(marked.every((w) => w.client)).toBe(true);
    expect(await sql("select 1 from audit_entry where action = 'worker.enrolmentInterest'")).toHaveLength(2);
    expect(await sql('select 1 from visit_report where task_id = ?', [taskUuid])).toHaveLength(1);
    expect(await again.evaluate(() => localStorage.getItem('jamsos.field.outbox'))).toBe('[]');
    await context.close();
  });
});
