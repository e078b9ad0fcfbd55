import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { portalInBrowser } from '../helpers/browser';
import { overdueTask } from '../helpers/tasks';

/**
 * Pages are quiet: a page nobody touches sends (almost) nothing. The notifications page once
 * marked, reloaded and recounted in a loop, 20–60 requests a second, for as long as it was open;
 * nothing in a test that reads a page once would notice that.
 */
const portal = portalInBrowser();
// The case that looped: one of the regency's tasks is overdue.
beforeAll(() => overdueTask(portal.server, 'bantul'));

/** Requests a page may send in the quiet window (the header's count polls once a minute). */
const BUDGET = 1;
const QUIET_WINDOW_MS = 2500;

const ROUTES = [
  '/',
  '/profil',
  '/dasbor',
  '/usaha',
  '/usaha/baru',
  '/pekerja',
  '/pekerja/baru',
  '/impor',
  '/tugas',
  '/tugas/baru',
  '/perjanjian',
  '/notifikasi',
  '/pengguna',
  '/audit',
];

/** A record's page found on a list page, so every kind of detail page is opened too. */
const DETAIL = /^\/(usaha|pekerja|tugas|mitra)\/(?!baru$)[^/?]+$/;

/** Waits until the page has sent nothing for a second (at most 15 s), as a person would wait for it to load. */
async function settle(page: Page, sent: () => number): Promise<void> {
  await page.waitForLoadState('networkidle').catch(() => {});
  const started = Date.now();
  let last = sent();
  let stillSince = Date.now();
  while (Date.now() - started < 15_000) {
    await page.waitForTimeout(100);
    if (sent() !== last) {
      last = sent();
      stillSince = Date.now();
    } else if (Date.now() - stillSince >= 1000) return;
  }
}

async function walk(email: string): Promise<{ route: string; requests: string[] }[]> {
  const page = await portal.loggedIn(email);
  const log: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/graphql')) {
      const body = request.postData() ?? '';
      log.push(/"operationName":"(\w+)"/.exec(body)?.[1] ?? request.method());
    }
  });
  const queue = [...ROUTES];
  const seen = new Set<string>();
  const loud: { route: string; requests: string[] }[] = [];
  while (queue.length > 0) {
    const route = queue.shift() as string;
    if (seen.has(route)) continue;
    seen.add(route);
    await page.goto(`${portal.server.url}${route}`);
    await settle(page, () => log.length);
    const before = log.length;
    await page.waitForTimeout(QUIET_WINDOW_MS);
    const requests = log.slice(before);
    if (requests.length > BUDGET) loud.push({ route, requests });
    // One record page of each kind this person can reach from here.
    for (const href of await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      const kind = href && DETAIL.exec(href)?.[1];
      if (href && kind && ![...seen, ...queue].some((r) => DETAIL.exec(r)?.[1] === kind)) queue.push(href);
    }
  }
  expect(seen.size).toBeGreaterThanOrEqual(ROUTES.length);
  await page.context().close();
  return loud;
}

describe('pages are quiet when nobody touches them', () => {
  it('has an overdue task of the regency’s in its notices (the case that looped)', async () => {
    const page = await portal.loggedIn('admin@bantul.demo');
    await page.goto(`${portal.server.url}/notifikasi`);
    await page.getByTestId('notification').filter({ hasText: 'Lewat tenggat' }).first().waitFor();
    await page.context().close();
  }, 120_000);

  it.each([
    'admin@bantul.demo',
    'staff@bantul.demo',
    'viewer@bantul.demo',
    'admin@bpjs-yogyakarta.demo',
    'operator@platform.demo',
  ])(
    'every page, as %s',
    async (email) => {
      expect(await walk(email)).toEqual([]);
    },
    300_000,
  );
});
