import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';
import { GraphQLClient } from '../helpers/graphql-client';

/**
 * What you save is what you see: after a save the page, the lists and the dashboard show the new
 * values without a reload, and say "Tersimpan". Every step moves by the app's own links (a
 * reload would fetch everything again and hide a stale cache).
 */
const portal = portalInBrowser();

/** The page catches up with a save in a round trip; the machine under test is shared and slow. */
const SOON = { timeout: 15_000 };
const nav = (page: Page, path: string) => page.locator(`nav a[href="${path}"]`).click();
const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? '';

/** The text of a page once it stopped changing (figures and charts load in parts). */
async function steadyText(page: Page): Promise<string> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(200);
    const now = await mainText(page);
    if (now === last && !now.includes('Memuat')) return now;
    last = now;
  }
  return last;
}

describe('what you save is what you see', () => {
  it('a business: its page, the list and the dashboard show the new values', async () => {
    const page = await portal.loggedIn('staff@bantul.demo');
    await nav(page, '/dasbor');
    await page.getByTestId('dashboard-totals').waitFor();
    const dashboardBefore = await steadyText(page);

    // A business with workers (a worker's first one): moving it to another size class moves its
    // workers in the dashboard's figures.
    await nav(page, '/pekerja');
    await page.getByTestId('worker-row').first().getByRole('link').first().click();
    await page.locator('main a[href^="/usaha/"]').first().click();
    await page.getByTestId('business-title').waitFor();
    const oldName = (await page.getByTestId('business-title').textContent()) ?? '';
    // The list as found by its name, before the edit (cached as a person's list would be).
    await nav(page, '/usaha');
    await page.getByTestId('search').fill(oldName);
    await page.getByTestId('business-row').filter({ hasText: oldName }).first().getByRole('link').first().click();
    await page.getByTestId('business-title').waitFor();
    await page.getByTestId('edit').click();
    const size = await page.getByTestId('business-sizeClass').inputValue();
    const name = `Usaha Tersunting ${Date.now() % 100000}`;
    await page.getByTestId('business-name').fill(name);
    await page.getByTestId('business-address').fill('Jl. Parangtritis Km 7, Sewon');
    await page.getByTestId('business-sizeClass').selectOption(size === 'MENENGAH' ? 'MIKRO' : 'MENENGAH');
    await page.getByTestId('business-submit').click();

    await page.getByTestId('saved').waitFor();
    expect(await page.getByTestId('saved').textContent()).toContain('Tersimpan');
    await expect.poll(() => page.getByTestId('business-title').textContent(), SOON).toBe(name);
    await expect.poll(() => mainText(page), SOON).toContain('Jl. Parangtritis Km 7, Sewon');
    await screenshot(page, 'saved-business-id.png');

    // The same search again: the renamed business no longer answers to its old name.
    await nav(page, '/usaha');
    await page.getByTestId('search').fill(oldName);
    await page.waitForTimeout(1000);
    await expect.poll(() => page.getByTestId('business-row').filter({ hasText: oldName }).count(), SOON).toBe(0);

    await nav(page, '/dasbor');
    await page.getByTestId('dashboard-totals').waitFor();
    await expect.poll(() => steadyText(page), { timeout: 15_000 }).not.toBe(dashboardBefore);
    await page.context().close();
  }, 120_000);

  it('a worker: the occupation is saved without revealing personal data, and shows', async () => {
    const page = await portal.loggedIn('staff@bantul.demo');
    await nav(page, '/pekerja');
    await page.getByTestId('worker-row').first().getByRole('link').first().click();
    await page.getByTestId('worker-title').waitFor();
    await page.getByTestId('edit').click();
    // No personal data on the form: the NIK, income and phone stay as stored.
    expect(await page.getByTestId('worker-nik').count()).toBe(0);
    await page.getByTestId('worker-occupation').fill('Penjahit kebaya');
    await page.getByTestId('worker-submit').click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => mainText(page), SOON).toContain('Penjahit kebaya');
    expect(await page.getByTestId('worker-nik-masked').textContent()).toContain('•');
    expect(await page.getByTestId('personal-data').count()).toBe(0);
    await screenshot(page, 'saved-worker-id.png');
    await page.context().close();
  }, 120_000);

  it('a task: a comment and a move show on the task and on the board', async () => {
    const page = await portal.loggedIn('admin@bantul.demo');
    // A new task from the BPJS office for the regency (the demo sliver has none of its own).
    const bpjs = await new GraphQLClient(portal.server.url).loginAs('STAFF', 'bpjs-yogyakarta');
    const orgs = await bpjs.request<{ organizations: { edges: { node: { id: string; code: string } }[] } }>(
      '{ organizations(first: 100) { edges { node { id code } } } }',
    );
    const bantul = orgs.data?.organizations.edges.find((e) => e.node.code === 'bantul')?.node.id;
    const directory = await bpjs.request<{ partnerBusinesses: { edges: { node: { id: string } }[] } }>(
      'query($g: ID!) { partnerBusinesses(grantorId: $g, first: 1) { edges { node { id } } } }',
      { g: bantul },
    );
    const title = `Sosialisasi BPU pasar ${Date.now() % 100000}`;
    const created = await bpjs.request(
      'mutation($input: CreateOutreachTaskInput!) { createOutreachTask(input: $input) { id } }',
      {
        input: {
          assigneeId: bantul,
          title,
          description: '',
          businessIds: directory.data?.partnerBusinesses.edges.map((e) => e.node.id) ?? [],
          dueOn: new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10),
          priority: 'NORMAL',
          targetWorkers: 10,
        },
      },
    );
    expect(created.errors).toBeUndefined();

    await nav(page, '/tugas');
    const card = page.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: title });
    await card.getByRole('link').first().click();
    await page.getByTestId('task-title').waitFor();
    const note = `Dijadwalkan ulang ${Date.now() % 100000}`;
    await page.getByTestId('comment-body').fill(note);
    await page.getByTestId('comment-submit').click();
    await page.getByTestId('comments').getByText(note).waitFor();
    await page.getByTestId('move-ACCEPTED').click();
    await expect.poll(() => page.getByTestId('task-status').textContent(), SOON).toBe('Diterima');
    // Back on the board (no reload), the card sits in its new column.
    await page.goBack();
    await page.getByTestId('task-board').waitFor();
    await page.getByTestId('column-ACCEPTED').getByTestId('task-card').filter({ hasText: title }).waitFor();
    await page.context().close();
  }, 120_000);

  it('an agreement: revoking it shows at once, with “Tersimpan”', async () => {
    const page = await portal.loggedIn('admin@bantul.demo');
    await nav(page, '/perjanjian');
    await page.getByTestId('granted').waitFor();
    const row = page
      .getByTestId('granted')
      .getByTestId('agreement-row')
      .filter({ has: page.getByTestId('revoke') });
    const rowsBefore = await row.count();
    expect(rowsBefore).toBeGreaterThan(0);
    await row.first().getByTestId('revoke').click();
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => row.count(), SOON).toBe(rowsBefore - 1);
    expect(await page.getByTestId('granted').textContent()).toContain('Dicabut');
    await screenshot(page, 'saved-agreement-id.png');
    await page.context().close();
  }, 120_000);

  it('a user: a role change leaves a list filtered by the old role, with “Tersimpan”', async () => {
    const page = await portal.loggedIn('admin@bantul.demo');
    await nav(page, '/pengguna');
    await page.getByTestId('user-row').first().waitFor();
    // The list filtered to staff (the filter lives in the address, set here through the page's select).
    await page.locator('main section select').first().selectOption('STAFF');
    const staffRow = page.getByTestId('user-row').filter({ hasText: 'staff@bantul.demo' });
    await staffRow.waitFor();
    await staffRow.getByTestId('role-select').selectOption('VIEWER');
    await page.getByTestId('saved').waitFor();
    await expect.poll(() => staffRow.count(), SOON).toBe(0);
    await screenshot(page, 'saved-user-id.png');
    await page.context().close();
  }, 120_000);
});
