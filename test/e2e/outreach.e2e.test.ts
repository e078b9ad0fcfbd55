import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';

const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.1' });
const { loggedIn } = portal;

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('outreach and agreements in the browser', () => {
  it('lets the BPJS office read a regency’s shared directory through its agreement', async () => {
    const page = await loggedIn('admin@bpjs-yogyakarta.demo');
    await page.getByRole('link', { name: 'Perjanjian', exact: true }).click();
    await page.getByTestId('received').waitFor();
    expect(await page.getByTestId('received').getByTestId('agreement-row').count()).toBe(18);
    await screenshot(page, 'agreements-bpjs.png');
    await page
      .getByTestId('received')
      .getByTestId('agreement-row')
      .filter({ hasText: 'Bantul' })
      .getByRole('link')
      .first()
      .click();
    await page.getByTestId('partner-row').first().waitFor();
    expect(await page.getByTestId('partner-row').count()).toBeGreaterThan(0);
  });

  it('assigns a task; the regency accepts it, reports a visit and finishes it; the BPJS office sees progress move only by BPJS registrations, not by the typed figure', async () => {
    const bpjs = await loggedIn('staff@bpjs-yogyakarta.demo');
    await bpjs.goto(`${portal.server.url}/tugas/baru`);
    await bpjs.getByTestId('task-assignee').selectOption({ label: 'Pemerintah Kabupaten Bantul' });
    await bpjs.getByTestId('target-choices').locator('input[type=checkbox]').first().check();
    await bpjs.getByTestId('task-title-input').fill('Sosialisasi BPU pedagang pasar Bantul');
    await bpjs.getByTestId('task-due').fill(inDays(14));
    await bpjs.getByTestId('task-target').fill('8');
    await bpjs.getByTestId('task-submit').click();
    await bpjs.getByTestId('task-title').waitFor();
    const taskUrl = bpjs.url();
    expect(await bpjs.getByTestId('task-status').textContent()).toBe('Baru');

    const bantul = await loggedIn('admin@bantul.demo');
    await expect
      .poll(async () => Number((await bantul.getByTestId('unread').textContent())?.replace(/\D/g, '') || 0))
      .toBeGreaterThan(0);
    await bantul.getByRole('link', { name: 'Tugas', exact: true }).click();
    const card = bantul.getByTestId('column-OPEN').getByTestId('task-card').filter({ hasText: 'pedagang pasar' });
    await card.getByTestId('move-ACCEPTED').click();
    await bantul
      .getByTestId('column-ACCEPTED')
      .getByTestId('task-card')
      .filter({ hasText: 'pedagang pasar' })
      .waitFor();
    await screenshot(bantul, 'task-board-bantul.png');
    await bantul.goto(taskUrl);
    await bantul.getByTestId('visit-business').selectOption({ index: 1 });
    await bantul.getByTestId('visit-people').fill('30');
    await bantul.getByTestId('visit-registered').fill('6');
    await bantul.getByTestId('visit-submit').click();
    await expect.poll(() => bantul.getByTestId('task-status').textContent()).toBe('Dikerjakan');
    await bantul.getByTestId('comment-body').fill('Sudah 6 pekerja terdaftar BPU.');
    await bantul.getByTestId('comment-submit').click();
    await bantul.getByTestId('comments').getByText('Sudah 6 pekerja').waitFor();
    await bantul.getByTestId('move-DONE').click();
    await expect.poll(() => bantul.getByTestId('task-status').textContent()).toBe('Selesai');

    await bpjs.reload();
    await expect.poll(() => bpjs.getByTestId('task-progress').textContent()).toContain('0 dari 8 pekerja');
    expect(await bpjs.getByTestId('history').textContent()).toContain('Admin Pemerintah Kabupaten Bantul');
    await screenshot(bpjs, 'task-detail-bpjs.png');
  }, 90_000);

  it('works on a phone: the board stacks its columns', async () => {
    const page = await loggedIn('admin@bantul.demo', { width: 390, height: 844 });
    await page.goto(`${portal.server.url}/tugas`);
    await page.getByTestId('task-board').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('shows a third regency nothing of it', async () => {
    const sleman = await loggedIn('admin@sleman.demo');
    await sleman.goto(`${portal.server.url}/tugas`);
    await sleman.getByTestId('task-board').waitFor();
    expect(await sleman.getByTestId('task-card').count()).toBe(0);
  });
});
