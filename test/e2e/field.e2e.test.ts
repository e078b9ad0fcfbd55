import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '@jamsos/server/config';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, loggedIn, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';

/**
 * The field mode on a phone (issue 18): the installed app opens without signal, work done
 * offline survives closing the page and reaches the server exactly once, a NIK registered
 * meanwhile is shown to the officer with both versions, and a new build waits for "reload".
 * The server serves a copy of the built client, so the update case can change its service worker.
 */
const PHONE = { width: 390, height: 844 };
const MOVE = 'mutation($input: TransitionOutreachTaskInput!) { transitionOutreachTask(input: $input) { version } }';
const DOCS_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
const NIK_A = '3402121507889871';
const NIK_B = '3402125508909872';
const NIK_CLASH = '3402120306859873';
/** Two shared cores: a sync, a service worker install, may take a few seconds. */
const SLOW = { timeout: 20_000, interval: 100 };

let server: TestServer;
let browser: Browser;
let dist: string;
let taskId: string;
let taskUuid: string;
let bantulAdmin: GraphQLClient;
let bpjs: GraphQLClient;

async function sql<T>(text: string, params: unknown[] = []): Promise<T[]> {
  return server.portal.database.ownerOrm.em.fork().getConnection().execute<T[]>(text, params);
}

/** A task from the BPJS office for Bantul, accepted by Bantul's admin and handed to its staff officer. */
async function handTaskToOfficer(title = 'Sosialisasi BPU pasar Imogiri'): Promise<string> {
  bpjs = await new GraphQLClient(server.url).loginAs('STAFF', 'bpjs-yogyakarta');
  bantulAdmin = await new GraphQLClient(server.url).loginAs('ADMIN', 'bantul');
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
        description: 'Kunjungi pedagang dan pengrajin di sekitar pasar.',
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
    {
      input: {
        id,
        expectedVersion: accepted.data?.transitionOutreachTask.version,
        userId: me.data?.viewer.user.id,
      },
    },
  );
  expect(assigned.errors).toBeUndefined();
  return id;
}

beforeAll(async () => {
  dist = await mkdtemp(path.join(os.tmpdir(), 'jamsos-web-'));
  await cp(path.join(REPO_ROOT, 'packages', 'web', 'dist'), dist, { recursive: true });
  [server, browser] = await Promise.all([
    startServer({ WEB_DIST: dist, DEMO_REGISTRY_SCALE: '0.05' }),
    launchBrowser(),
  ]);
  taskId = await handTaskToOfficer();
  taskUuid = Buffer.from(taskId, 'base64url').toString('utf8').split(':')[1] ?? '';
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dist) await rm(dist, { recursive: true, force: true });
});

/** The officer's phone: logged in, on "my visits", with the service worker installed and the data kept. */
async function officerPhone(): Promise<{ page: Page; context: BrowserContext }> {
  const page = await loggedIn(browser, server.url, 'staff@bantul.demo', PHONE);
  await page.goto(`${server.url}/lapangan`);
  await page.getByTestId('field-task').first().waitFor();
  // Each target's address and counts are fetched once, then kept.
  const targets = page.getByTestId('field-target');
  await expect
    .poll(
      async () =>
        (await targets.count()) > 0 &&
        (await targets.filter({ hasText: 'pekerja' }).count()) === (await targets.count()),
      SLOW,
    )
    .toBe(true);
  // The service worker is installed (the shell precached) and active.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), SLOW)
    .toBe('activated');
  // graphcache writes its IndexedDB store in batches: wait until the task is in it.
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('jamsos-field', 1);
              open.onsuccess = () => {
                const count = open.result.transaction('entries').objectStore('entries').count();
                count.onsuccess = () => resolve(count.result);
              };
              open.onerror = () => resolve(0);
            }),
        ),
      SLOW,
    )
    .toBeGreaterThan(0);
  return { page, context: page.context() };
}

async function recordVisit(page: Page, reached: string, notes: string): Promise<void> {
  await page.getByTestId('record-visit').first().click();
  await page.locator('#visit-business').selectOption({ index: 1 });
  await page.locator('#visit-reached').fill(reached);
  await page.locator('#visit-registered').fill('1');
  await page.locator('#visit-notes').fill(notes);
  await page.getByTestId('save-visit').click();
  await page.getByTestId('field-notice').waitFor();
}

async function addWorker(page: Page, name: string, nik: string): Promise<void> {
  await page.getByTestId('add-worker').first().click();
  await page.locator('#worker-name').fill(name);
  await page.locator('#worker-nik').fill(nik);
  await page.locator('#worker-occupation').fill('Pedagang sayur');
  await page.getByTestId('save-worker').click();
  await page.getByTestId('field-notice').waitFor();
}

/**
 * A phone screenshot of the README's sequence, from the top of the page: into test/artifacts,
 * and into docs/images when DOCS_SCREENSHOTS=1 (to refresh the committed ones after looking).
 */
async function docShot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  if (process.env.DOCS_SCREENSHOTS === '1')
    await page.screenshot({ path: path.join(DOCS_IMAGES, name), fullPage: true });
}

const waiting = (page: Page) => page.getByTestId('waiting').getAttribute('data-count');

describe('the field mode on a phone', { timeout: 90_000 }, () => {
  it('is an installable app: a manifest, and a service worker the browser always asks for afresh', async () => {
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const body = (await manifest.json()) as { name: string; display: string; icons: { sizes: string }[] };
    expect(body.name).toBe('Portal Kemitraan Jaminan Sosial DIY');
    expect(body.display).toBe('standalone');
    expect(body.icons.map((i) => i.sizes)).toContain('512x512');
    const sw = await fetch(`${server.url}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect((await fetch(`${server.url}/icons/icon-192.png`)).headers.get('content-type')).toBe('image/png');
  });

  it('keeps two visits and a new worker made offline through a closed page, and sends each exactly once', async () => {
    const { page, context } = await officerPhone();
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('field-task').first().waitFor();
    expect(await page.getByTestId('connectivity').textContent()).toBe('Luring');
    await docShot(page, 'field-1-offline.png');

    await recordVisit(page, '12', 'Pasar pagi: 12 pedagang mendengar sosialisasi.');
    await page.getByTestId('record-visit').first().click();
    await page.locator('#visit-reached').fill('8');
    await page.locator('#visit-notes').fill('Sentra gerabah.');
    await docShot(page, 'field-2-visit-form.png');
    await page.getByTestId('save-visit').click();
    await page.getByTestId('field-notice').waitFor();

    // The same checks as online: a wrong NIK is refused on the phone, before anything is kept.
    await page.getByTestId('add-worker').first().click();
    await page.locator('#worker-name').fill('Suparmi');
    await page.locator('#worker-nik').fill('1234');
    await page.getByTestId('save-worker').click();
    await page.getByTestId('worker-nik-error').waitFor();
    await docShot(page, 'field-3-worker-check.png');
    await page.locator('#worker-nik').fill(NIK_A);
    await page.locator('#worker-occupation').fill('Pedagang sayur');
    await page.getByTestId('save-worker').click();
    await page.getByTestId('field-notice').waitFor();
    expect(await waiting(page)).toBe('3');
    await docShot(page, 'field-4-waiting.png');

    // The app is closed and opened again, still without signal: nothing is lost.
    await page.close();
    const again = await context.newPage();
    await again.goto(`${server.url}/lapangan`);
    await again.getByTestId('field-task').first().waitFor();
    expect(await waiting(again)).toBe('3');
    expect(await sql('select 1 from visit_report where task_id = ?', [taskUuid])).toHaveLength(0);

    await context.setOffline(false);
    await expect.poll(() => waiting(again), SLOW).toBe('0');
    expect(await again.getByTestId('connectivity').textContent()).toBe('Daring');
    await docShot(again, 'field-5-sent.png');

    const reports = await sql<{ people_reached: number; client_id: string | null }>(
      'select people_reached, client_id from visit_report where task_id = ? order by people_reached',
      [taskUuid],
    );
    expect(reports.map((r) => r.people_reached)).toEqual([8, 12]);
    expect(reports.every((r) => r.client_id)).toBe(true);
    const workers = await sql<{ full_name: string; client_id: string | null }>(
      'select full_name, client_id from worker where nik = ?',
      [NIK_A],
    );
    expect(workers).toHaveLength(1);
    expect(workers[0]?.full_name).toBe('Suparmi');
    expect(workers[0]?.client_id).toBeTruthy();
    // Nothing of the sent work stays on the phone.
    expect(await again.evaluate(() => localStorage.getItem('jamsos.field.outbox'))).toBe('[]');
    await context.close();
  });

  it('shows a NIK registered meanwhile with both versions, and drops nothing until the officer chooses', async () => {
    const { page, context } = await officerPhone();
    await context.setOffline(true);
    await addWorker(page, 'Wagiyem (dari lapangan)', NIK_CLASH);
    await addWorker(page, 'Ngatini', NIK_B);
    // Meanwhile, at the office, someone registers the same NIK.
    const own = await bantulAdmin.request<{ businesses: { edges: { node: { id: string } }[] } }>(
      '{ businesses(first: 1) { edges { node { id } } } }',
    );
    const office = await bantulAdmin.request('mutation($input: WorkerFields!) { createWorker(input: $input) { id } }', {
      input: {
        businessIds: [own.data?.businesses.edges[0]?.node.id],
        nik: NIK_CLASH,
        fullName: 'Wagiyem',
        workerType: 'BPU',
        coverageStatus: 'NOT_ENROLLED',
        programmes: [],
      },
    });
    expect(office.errors).toBeUndefined();
    await context.setOffline(false);
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    // The other change went through; the clash waits, with the officer's and the server's versions.
    await expect.poll(() => waiting(page), SLOW).toBe('1');
    expect(await conflict.getByTestId('conflict-mine').textContent()).toContain('Wagiyem (dari lapangan)');
    expect(await conflict.getByTestId('conflict-server').textContent()).toContain('Wagiyem');
    await docShot(page, 'field-6-conflict.png');
    expect(await sql('select 1 from worker where nik = ?', [NIK_B])).toHaveLength(1);

    // Closed and reopened, the conflict is still there: only the officer's choice removes it.
    await page.reload();
    await page.getByTestId('conflict').waitFor();
    await page.getByTestId('use-server').click();
    await expect.poll(() => waiting(page), SLOW).toBe('0');
    const clash = await sql<{ full_name: string }>('select full_name from worker where nik = ?', [NIK_CLASH]);
    expect(clash.map((w) => w.full_name)).toEqual(['Wagiyem']);
    await context.close();
  });

  it('shows a visit to a task cancelled meanwhile beside the task as the server has it, until the officer decides', async () => {
    const title = 'Sosialisasi pengrajin gerabah Kasongan';
    const cancelledId = await handTaskToOfficer(title);
    const { page, context } = await officerPhone();
    await context.setOffline(true);
    await page.getByTestId('field-task').filter({ hasText: title }).getByTestId('record-visit').click();
    await page.locator('#visit-reached').fill('5');
    await page.locator('#visit-notes').fill('Lima pengrajin mendengar sosialisasi.');
    await page.getByTestId('save-visit').click();
    await page.getByTestId('field-notice').waitFor();
    // Meanwhile the BPJS office cancels the task.
    const current = await bpjs.request<{ node: { version: number } }>(
      'query($id: ID!) { node(id: $id) { ... on OutreachTask { version } } }',
      { id: cancelledId },
    );
    const cancelled = await bpjs.request(MOVE, {
      input: {
        id: cancelledId,
        expectedVersion: current.data?.node.version,
        to: 'CANCELLED',
        reason: 'Anggaran dialihkan',
      },
    });
    expect(cancelled.errors).toBeUndefined();
    await context.setOffline(false);
    const conflict = page.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.getByTestId('conflict-mine').textContent()).toContain('Lima pengrajin');
    expect(await conflict.getByTestId('conflict-server').textContent()).toContain('Dibatalkan');
    expect(await conflict.getByTestId('conflict-server').textContent()).toContain('Anggaran dialihkan');
    expect(await waiting(page)).toBe('1');
    // The same in English.
    await page.evaluate(() => localStorage.setItem('jamsos.lang', 'en'));
    await page.reload();
    await page.getByTestId('conflict').waitFor();
    expect(await page.getByTestId('conflict').textContent()).toContain('Needs your decision');
    await docShot(page, 'field-6-conflict-task-en.png');
    await page.getByTestId('drop').click();
    await expect.poll(() => waiting(page), SLOW).toBe('0');
    const uuid = Buffer.from(cancelledId, 'base64url').toString('utf8').split(':')[1];
    expect(await sql('select 1 from visit_report where task_id = ?', [uuid])).toHaveLength(0);
    await page.evaluate(() => localStorage.setItem('jamsos.lang', 'id'));
    await context.close();
  });

  it('offers a new build and switches to it when the officer says reload', async () => {
    const { page, context } = await officerPhone();
    // Opened again, the page is the installed app's: its service worker controls it.
    await page.reload();
    await page.getByTestId('field-task').first().waitFor();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    // A new build: the service worker's bytes change.
    const swFile = path.join(dist, 'sw.js');
    await writeFile(swFile, `${await readFile(swFile, 'utf8')}\n// build 2\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByTestId('update-prompt').waitFor();
    expect(await page.getByTestId('update-prompt').textContent()).toContain('Versi baru tersedia');
    await docShot(page, 'field-7-update.png');
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(
      true,
    );
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await page.getByTestId('field-task').first().waitFor();
    const after = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: Boolean(registration?.waiting), controlled: Boolean(navigator.serviceWorker.controller) };
    });
    expect(after).toEqual({ waiting: false, controlled: true });
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    await context.close();
  });
});
