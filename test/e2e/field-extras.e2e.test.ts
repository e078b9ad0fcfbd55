import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT } from '@jamsos/server/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loggedIn, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * What the officer records on a visit besides the report (issue 18), offline: workers who want
 * to join BPJS (one listed for the business, one added on the visit), a photo of the signed
 * attendance sheet and the coarse place. Closed and reopened, then back online, the server has
 * each exactly once, and the photo has left the phone.
 */
const PHONE = { width: 390, height: 844 };
const DOCS_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
const NIK_NEW = '3402121711889874';
const SLOW = { timeout: 20_000, interval: 100 };
/** A generated PNG (a 400×300 sheet with lines): what the camera would hand the page. */
function sheetPng(): Buffer {
  const width = 400;
  const height = 300;
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3, 0xff);
    row[0] = 0; // filter: none
    if (y % 20 === 0) row.fill(0x30, 1);
    for (let x = 0; x < width; x += 80) row.fill(0x30, 1 + x * 3, 4 + x * 3);
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const SHEET_PNG = sheetPng();

let server: TestServer;
let browser: Browser;
let taskUuid: string;
let taskId: string;

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
  taskId = await handTaskToOfficer('Sosialisasi BPU pasar Wonosari');
  taskUuid = Buffer.from(taskId, 'base64url').toString('utf8').split(':')[1] ?? '';
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The officer's phone on "my visits", with the first target's workers' names kept for offline use. */
async function officerPhone(): Promise<{ page: Page; context: BrowserContext }> {
  const page = await loggedIn(browser, server.url, 'staff@bantul.demo', PHONE);
  // The officer allows the location when asked (Wonosari); the page asks only on the button.
  await page.context().grantPermissions(['geolocation']);
  await page.context().setGeolocation({ latitude: -7.96712, longitude: 110.60049 });
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

/** What the phone's screen shows (not the whole page), scrolled to the photo. */
async function photoShot(page: Page, name: string): Promise<void> {
  const preview = page.getByTestId('photo-preview');
  if (await preview.count()) await preview.scrollIntoViewIfNeeded();
  await screenshot(page, name);
  if (process.env.DOCS_SCREENSHOTS === '1') await page.screenshot({ path: path.join(DOCS_IMAGES, name) });
}

const waiting = (page: Page) => page.getByTestId('waiting').getAttribute('data-count');

describe('a visit’s extras on a phone', { timeout: 120_000 }, () => {
  it('keeps interest marks, an attendance-sheet photo and a coarse place made offline through a closed page, and sends each once', async () => {
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
    // The signed attendance sheet, made smaller on the phone, and the place rounded to ~1 km.
    await page
      .getByTestId('visit-photo')
      .setInputFiles({ name: 'daftar-hadir.png', mimeType: 'image/png', buffer: SHEET_PNG });
    await page.getByTestId('photo-preview').waitFor();
    await page.getByTestId('add-place').click();
    await page.getByTestId('visit-place').waitFor();
    expect(await page.getByTestId('visit-place').textContent()).toContain('-7.97, 110.60');
    await photoShot(page, 'field-9-photo-place.png');
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
    const photosOnPhone = () =>
      again.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('jamsos-field-photos');
            open.onsuccess = () => {
              const count = open.result.transaction('photos').objectStore('photos').count();
              count.onsuccess = () => resolve(count.result);
            };
            open.onerror = () => resolve(-1);
          }),
      );
    expect(await photosOnPhone()).toBe(1);

    await context.setOffline(false);
    await expect.poll(() => waiting(again), SLOW).toBe('0');
    const marked = await sql<{ full_name: string; client: string | null }>(
      `select full_name, enrolment_interest_client_id as client from worker
        where enrolment_interest_at is not null order by full_name`,
    );
    expect(marked.map((w) => w.full_name).sort()).toEqual([name, 'Sumiyati Minat'].sort());
    expect(marked.every((w) => w.client)).toBe(true);
    expect(await sql("select 1 from audit_entry where action = 'worker.enrolmentInterest'")).toHaveLength(2);
    const reports = await sql<{ id: string; latitude: string; longitude: string }>(
      'select id, latitude, longitude from visit_report where task_id = ?',
      [taskUuid],
    );
    expect(reports).toHaveLength(1);
    expect(reports.map((r) => [Number(r.latitude), Number(r.longitude)])).toEqual([[-7.97, 110.6]]);
    const photos = await sql<{ mime: string; size: number }>(
      'select mime, octet_length(content) as size from visit_report_photo where visit_report_id = ?',
      [reports[0]?.id],
    );
    expect(photos).toHaveLength(1);
    expect(photos[0]?.mime).toBe('image/jpeg');
    expect(photos[0]?.size).toBeLessThanOrEqual(300 * 1024);
    // Nothing of the sent work stays on the phone: the outbox is empty, the photo deleted.
    expect(await again.evaluate(() => localStorage.getItem('jamsos.field.outbox'))).toBe('[]');
    expect(await photosOnPhone()).toBe(0);

    // At the office: the worker's page says since when, and the workers list filters on it.
    const [marked0] = await sql<{ id: string }>('select id from worker where nik = ?', [NIK_NEW]);
    const workerGlobalId = Buffer.from(`Worker:${marked0?.id}`).toString('base64url');
    await again.goto(`${server.url}/pekerja/${workerGlobalId}`);
    expect(await again.getByTestId('enrolment-interest').textContent()).toMatch(/^Berminat ikut BPJS sejak /);
    await again.goto(`${server.url}/pekerja?minat=ya`);
    const table = again.getByTestId('worker-table');
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count(), SLOW).toBe(2);

    // At the office, the task's report list shows the place as text and the photo on request.
    await again.goto(`${server.url}/tugas/${encodeURIComponent(taskId)}`);
    await again.getByTestId('visit-reports').waitFor();
    expect(await again.getByTestId('report-place').first().textContent()).toContain('-7.97, 110.60');
    await again.getByTestId('view-photo').click();
    await again.getByTestId('report-photo').waitFor();
    expect(await again.getByTestId('report-photo').getAttribute('src')).toMatch(/^data:image\/jpeg;base64,/);
    await again.getByTestId('report-photo').scrollIntoViewIfNeeded();
    await photoShot(again, 'field-10-report-photo.png');

    // The same screens in English (nothing saved): the visit form with a photo and a place, and the list.
    await again.evaluate(() => localStorage.setItem('jamsos.lang', 'en'));
    await again.reload();
    await again.getByTestId('view-photo').click();
    await again.getByTestId('report-photo').waitFor();
    expect(await again.getByTestId('visit-reports').textContent()).toContain('about 1 km');
    await again.getByTestId('report-photo').scrollIntoViewIfNeeded();
    await photoShot(again, 'field-10-report-photo-en.png');
    await again.goto(`${server.url}/lapangan/${encodeURIComponent(taskId)}/kunjungan`);
    await again.locator('#visit-business').selectOption({ index: 1 });
    await again.getByTestId('visit-photo').setInputFiles({
      name: 'attendance.png',
      mimeType: 'image/png',
      buffer: SHEET_PNG,
    });
    await again.getByTestId('photo-preview').waitFor();
    await again.getByTestId('add-place').click();
    expect(await again.getByTestId('visit-place').textContent()).toContain('Location (about 1 km)');
    expect(await again.getByTestId('interest-list').textContent()).toContain('interested since');
    await photoShot(again, 'field-9-photo-place-en.png');
    await again.evaluate(() => localStorage.setItem('jamsos.lang', 'id'));
    await context.close();
  });
});
