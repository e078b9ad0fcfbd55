import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';

/**
 * The task pages as the people who use them meet them: the BPJS office plans a task, Bantul's
 * admin hands it to a colleague, its staff report a visit and finish it, a viewer reads it — in
 * Indonesian and English, on a desk and on a phone.
 */
const portal = portalInBrowser({ DEMO_REGISTRY_SCALE: '0.1' });
const { loggedIn } = portal;
const PHONE = { width: 390, height: 844 };

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** What a person should never read on a task page: enum constants, ids, ISO dates, untranslated keys. */
const RAW = [
  /\b(OPEN|ACCEPTED|IN_PROGRESS|DONE|DECLINED|CANCELLED|LOW|NORMAL|HIGH|URGENT|STATUS|ASSIGNED|VISIT_REPORTED)\b/,
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b(tasks|taskStatus|priority|reasons|errors)\.[a-zA-Z_]+/,
];

async function rawCodesOn(page: Page): Promise<string[]> {
  // What is rendered, as a person reads it (not the options of closed selects or hidden text).
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point here
  const text = await page.locator('main').innerText();
  return RAW.flatMap((pattern) => text.match(pattern)?.[0] ?? []);
}

/** Switches the interface language as a person would: the header's switch (inside the menu on a phone). */
async function inLanguage(page: Page, language: 'id' | 'en') {
  const menu = page.locator('button[aria-controls="main-nav"]');
  const opened = !(await page.getByTestId('lang-switch').isVisible()) && (await menu.isVisible());
  if (opened) await menu.click();
  await page.getByTestId('lang-switch').selectOption(language);
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
  if (opened && (await menu.getAttribute('aria-expanded')) === 'true') await menu.click();
}

const TITLE = 'Sosialisasi JKK-JKM pengrajin gerabah Kasongan';
let taskUrl = '';
let targetNames: string[] = [];

describe('task pages', () => {
  it('keeps chosen targets listed and removable while the picker searches', async () => {
    const bpjs = await loggedIn('admin@bpjs-yogyakarta.demo');
    await bpjs.goto(`${portal.server.url}/tugas/baru`);
    await bpjs.getByTestId('task-assignee').selectOption({ label: 'Pemerintah Kabupaten Bantul' });
    const choices = bpjs.getByTestId('target-choices').locator('label');
    await choices.first().waitFor();
    for (const index of [0, 1, 2]) await choices.nth(index).locator('input').check();
    const names = (await choices.allTextContents()).slice(0, 3).map((text) => text.split(' · ')[0]?.trim() ?? '');
    // A search that matches none of them: they stay listed as chosen.
    await bpjs.getByTestId('target-search').fill('zzzz-tidak-ada');
    await expect.poll(() => choices.count()).toBe(0);
    expect(await bpjs.getByTestId('chosen-target').allTextContents()).toEqual(names.map((n) => `${n} ×`));
    await bpjs.getByTestId('chosen-target').nth(2).getByTestId('remove-target').click();
    expect(await bpjs.getByTestId('chosen-target').count()).toBe(2);
    targetNames = names.slice(0, 2);
    // The picker's figures are in the user's language, not `3/12`.
    await bpjs.getByTestId('target-search').fill('');
    await choices.first().waitFor();
    expect(await choices.first().textContent()).toMatch(/dari \d[\d.]* pekerja terdaftar/);
    await screenshot(bpjs, 'tasks-new-picker-id.png');
    await bpjs.getByTestId('task-title-input').fill(TITLE);
    await bpjs.getByTestId('task-due').fill(inDays(10));
    await bpjs.getByTestId('task-target').fill('12');
    await bpjs.getByTestId('task-submit').click();
    await bpjs.getByTestId('task-title').waitFor();
    taskUrl = bpjs.url();
    expect(
      (await bpjs.getByTestId('task-targets').locator('li').allTextContents()).map((t) => t.split(' (')[0]?.trim()),
    ).toEqual([...targetNames].sort((a, b) => a.localeCompare(b, 'id')));
  }, 120_000);

  it('shows each card’s status in the user’s language, overdue standing out', async () => {
    // The new task falls overdue, as the calendar would make it (and is put back afterwards).
    const dueIn = (days: number) =>
      portal.server.portal.database.ownerOrm.em
        .fork()
        .getConnection()
        .execute(`update outreach_task set due_on = current_date + ? where title = ?`, [days, TITLE]);
    await dueIn(-3);
    onTestFinished(() => dueIn(10).then(() => undefined));
    const bantul = await loggedIn('admin@bantul.demo');
    await bantul.goto(`${portal.server.url}/tugas?tampilan=daftar&terlambat=ya`);
    const statuses = bantul.getByTestId('task-card').getByTestId('task-card-status');
    await statuses.first().waitFor();
    const labels = await statuses.allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/^(Baru|Diterima|Dikerjakan) · lewat tenggat$/);
    expect(await statuses.first().getAttribute('class')).toContain('overdue');
    expect(await rawCodesOn(bantul)).toEqual([]);
    await bantul.goto(`${portal.server.url}/tugas?tampilan=daftar`);
    await statuses.first().waitFor();
    expect(await statuses.count()).toBe(await bantul.getByTestId('task-card').count());
    await screenshot(bantul, 'tasks-list-id.png');
    await inLanguage(bantul, 'en');
    await expect
      .poll(async () =>
        (await statuses.allTextContents()).every((s) =>
          /^(Open|Accepted|In progress|Done|Declined|Cancelled)( · overdue)?$/.test(s),
        ),
      )
      .toBe(true);
    expect(await rawCodesOn(bantul)).toEqual([]);
    await screenshot(bantul, 'tasks-list-en.png');
  }, 120_000);

  it('is worked by Bantul: accepted, handed to a colleague who can work it, visited at a target, commented, done — saved and shown at once, in order', async () => {
    const admin = await loggedIn('admin@bantul.demo');
    await admin.goto(taskUrl);
    await admin.getByTestId('move-ACCEPTED').click();
    await expect.poll(() => admin.getByTestId('task-status').textContent()).toBe('Diterima');
    await expect.poll(() => admin.getByTestId('saved').textContent()).toContain('Tersimpan');

    // Hand to: only people who can work it (no viewer), by name.
    const options = await admin.getByTestId('assign-user').locator('option').allTextContents();
    expect(options.some((o) => o.includes('Staf Pemerintah Kabupaten Bantul'))).toBe(true);
    expect(options.some((o) => o.includes('Admin Pemerintah Kabupaten Bantul'))).toBe(true);
    expect(options.some((o) => o.includes('Pemantau'))).toBe(false);
    await admin.getByTestId('assign-user').selectOption({ label: 'Staf Pemerintah Kabupaten Bantul (Staf)' });
    await expect.poll(() => admin.getByTestId('saved').textContent()).toContain('Tersimpan');
    await expect
      .poll(() => admin.getByTestId('task-assignee').textContent())
      .toContain('Staf Pemerintah Kabupaten Bantul');
    await expect
      .poll(() => admin.getByTestId('history').textContent())
      .toContain('menyerahkan tugas kepada Staf Pemerintah Kabupaten Bantul');
    // The picker shows who holds it now.
    expect(
      await admin.getByTestId('assign-user').evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
    ).toContain('Staf Pemerintah Kabupaten Bantul');

    const staff = await loggedIn('staff@bantul.demo', PHONE);
    await staff.goto(taskUrl);
    // The visit form offers the task's targets, not the whole registry.
    await staff.getByTestId('visit-business').locator('option').nth(1).waitFor({ state: 'attached' });
    const offered = (await staff.getByTestId('visit-business').locator('option').allTextContents()).slice(1);
    expect([...offered].sort()).toEqual([...targetNames].sort());
    await staff.getByTestId('visit-business').selectOption({ label: targetNames[0] ?? '' });
    await staff.getByTestId('visit-people').fill('1200');
    await staff.getByTestId('visit-registered').fill('7');
    await staff.getByTestId('visit-submit').click();
    await expect.poll(() => staff.getByTestId('task-status').textContent()).toBe('Dikerjakan');
    await expect.poll(() => staff.getByTestId('saved').textContent()).toContain('Tersimpan');
    await expect.poll(() => staff.getByTestId('history').textContent()).toContain('1.200 orang dijangkau');
    await staff.getByTestId('comment-body').fill('Tujuh perajin terdaftar BPU hari ini.');
    await staff.getByTestId('comment-submit').click();
    await expect.poll(() => staff.getByTestId('history').textContent()).toContain('Tujuh perajin');
    await staff.getByTestId('move-DONE').click();
    await expect.poll(() => staff.getByTestId('task-status').textContent()).toBe('Selesai');
    await expect
      .poll(() =>
        staff
          .getByTestId('history')
          .locator('li')
          .evaluateAll((li) => li.map((l) => l.dataset.kind)),
      )
      .toEqual(['STATUS', 'STATUS', 'ASSIGNED', 'VISIT_REPORTED', 'STATUS', 'COMMENT', 'STATUS']);
    // People by name; the email only beside it.
    const who = await staff.getByTestId('history').locator('li strong').allTextContents();
    expect(who.length).toBe(7);
    for (const name of who) expect(name).not.toContain('@');
    expect(await rawCodesOn(staff)).toEqual([]);
    expect(await staff.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(staff, 'task-detail-phone-id.png');
    await inLanguage(staff, 'en');
    await expect.poll(() => staff.getByTestId('task-status').textContent()).toBe('Done');
    expect(await staff.getByTestId('history').textContent()).toContain('1,200 people reached');
    expect(await rawCodesOn(staff)).toEqual([]);
    await screenshot(staff, 'task-detail-phone-en.png');
  }, 120_000);

  it('offers an area task’s visit form the area’s businesses, and says how to add another', async () => {
    // (The server's refusal to hand a task to a viewer is in test/isolation/outreach.test.ts.)
    const bpjs = await loggedIn('staff@bpjs-yogyakarta.demo');
    await bpjs.goto(`${portal.server.url}/tugas/baru`);
    await bpjs.getByTestId('task-assignee').selectOption({ label: 'Pemerintah Kabupaten Bantul' });
    await bpjs.getByTestId('task-area-regency').selectOption({ label: 'Kabupaten Bantul' });
    await bpjs.getByTestId('task-title-input').fill('Sosialisasi wilayah Pajangan');
    await bpjs.getByTestId('task-due').fill(inDays(20));
    await bpjs.getByTestId('task-submit').click();
    await bpjs.getByTestId('task-title').waitFor();
    const areaTask = bpjs.url();
    expect(await bpjs.getByTestId('task-area').textContent()).toBe('Kabupaten Bantul');

    const admin = await loggedIn('admin@bantul.demo');
    await admin.goto(areaTask);
    // An area task's visit form searches the area's businesses and says how to add another.
    await admin.getByTestId('move-ACCEPTED').click();
    await admin.getByTestId('visit-form').waitFor();
    await admin.getByTestId('visit-business-search').waitFor();
    // Bantul's own businesses in the task's area, narrowed by the search.
    const areaOptions = admin.getByTestId('visit-business').locator('option');
    await areaOptions.nth(1).waitFor({ state: 'attached' });
    const first = (await areaOptions.nth(1).textContent()) ?? '';
    await admin.getByTestId('visit-business-search').fill(first);
    await expect.poll(async () => (await areaOptions.allTextContents()).slice(1)).toContain(first);
    expect(await admin.getByTestId('visit-business-hint').textContent()).toContain('Tambahkan dulu ke registri');
    expect(await admin.getByTestId('visit-business-hint').getByRole('link').getAttribute('href')).toBe('/usaha/baru');
    await screenshot(admin, 'task-area-visit-id.png');
  }, 120_000);

  it('reads to a viewer without anything to act on, and to the BPJS office with names and dates, in both languages', async () => {
    const viewer = await loggedIn('viewer@bantul.demo', PHONE);
    await viewer.goto(taskUrl);
    await viewer.getByTestId('history').waitFor();
    expect(await viewer.getByTestId('assign-user').count()).toBe(0);
    expect(await viewer.getByTestId('visit-form').count()).toBe(0);
    expect(await rawCodesOn(viewer)).toEqual([]);
    await screenshot(viewer, 'task-detail-viewer-phone-id.png');

    const bpjs = await loggedIn('admin@bpjs-yogyakarta.demo');
    await bpjs.goto(taskUrl);
    await bpjs.getByTestId('history').waitFor();
    const history = await bpjs.getByTestId('history').textContent();
    expect(history).toMatch(/Admin BPJS Ketenagakerjaan Kantor Cabang Yogyakarta\s+membuat tugas ini/);
    expect(history).toContain('mengubah status dari Dikerjakan menjadi Selesai');
    // Progress counts workers BPJS registered (issue 17), not the visit's typed figure.
    expect(await bpjs.getByTestId('task-progress').textContent()).toContain('0 dari 12 pekerja');
    expect(await rawCodesOn(bpjs)).toEqual([]);
    await screenshot(bpjs, 'task-detail-bpjs-id.png');
    await inLanguage(bpjs, 'en');
    await expect.poll(() => bpjs.getByTestId('history').textContent()).toContain('moved it from In progress to Done');
    expect(await rawCodesOn(bpjs)).toEqual([]);
    await screenshot(bpjs, 'task-detail-bpjs-en.png');
    for (const path of ['/tugas', '/tugas/baru']) {
      for (const size of [PHONE, { width: 1280, height: 900 }]) {
        await bpjs.setViewportSize(size);
        await bpjs.goto(`${portal.server.url}${path}`);
        await bpjs.locator('main h1').waitFor();
        await bpjs.waitForTimeout(300);
        expect(await rawCodesOn(bpjs)).toEqual([]);
        expect(await bpjs.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);
      }
    }
    await bpjs.setViewportSize(PHONE);
    await bpjs.goto(`${portal.server.url}/tugas`);
    await bpjs.getByTestId('task-board').waitFor();
    await screenshot(bpjs, 'tasks-board-phone-en.png');
  }, 120_000);
});
