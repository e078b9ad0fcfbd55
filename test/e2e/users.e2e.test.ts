import { describe, expect, it } from 'vitest';
import { portalInBrowser, screenshot } from '../helpers/browser';

const portal = portalInBrowser({}, { width: 1280, height: 800 });
const { loggedIn } = portal;

describe('managing users in the browser', () => {
  it('invites a colleague who sets a password and arrives in Bantul; the admin then deactivates them', async () => {
    const admin = await loggedIn('admin@bantul.demo');
    await admin.getByRole('link', { name: 'Pengguna' }).click();
    await expect.poll(() => admin.getByTestId('user-row').count()).toBe(3);
    await admin.getByTestId('invite-email').fill('dewi@bantul.demo');
    await admin.getByTestId('invite-name').fill('Dewi Lestari');
    await admin.getByTestId('invite-submit').click();
    const link = admin.getByTestId('invitation-url');
    await link.waitFor();
    const url = await link.inputValue();
    expect(url).toContain('/undangan/');
    await expect.poll(() => admin.getByTestId('user-row').count()).toBe(4);
    await screenshot(admin, 'users-bantul.png');

    const newcomer = await (await portal.browser.newContext()).newPage();
    await newcomer.goto(url);
    await newcomer.getByTestId('invitation-password').fill('pendek');
    await newcomer.getByTestId('invitation-confirm').fill('pendek');
    await newcomer.getByTestId('invitation-submit').click();
    expect(await newcomer.getByText('Kata sandi minimal 10 karakter.', { exact: true }).isVisible()).toBe(true);
    await newcomer.getByTestId('invitation-password').fill('sate klathak imogiri');
    await newcomer.getByTestId('invitation-confirm').fill('sate klathak imogiri');
    await newcomer.getByTestId('invitation-submit').click();
    await expect.poll(() => newcomer.getByTestId('org-name').textContent()).toContain('Bantul');
    expect(await newcomer.getByTestId('user-name').textContent()).toBe('Dewi Lestari');

    // The admin's list is refreshed on a visit: Dewi is now active.
    await admin.reload();
    const dewi = admin.getByTestId('user-row').filter({ hasText: 'dewi@bantul.demo' });
    await expect.poll(() => dewi.textContent()).toContain('Aktif');
    await dewi.getByTestId('deactivate').click();
    await expect.poll(() => dewi.textContent()).toContain('Dinonaktifkan');
    await newcomer.reload();
    await newcomer.waitForURL(/\/login$/);
  });

  it('shows the audit trail to the admin, with what changed', async () => {
    const admin = await loggedIn('admin@bantul.demo');
    await admin.getByRole('link', { name: 'Jejak audit' }).click();
    await admin.getByTestId('audit-row').first().waitFor();
    const text = await admin.locator('table').textContent();
    expect(text).toContain('Mengundang pengguna');
    // In words, not codes (issue 15): the field and both values translated.
    expect(text).toContain('Status: Aktif → Dinonaktifkan');
    await screenshot(admin, 'audit-bantul.png');
  });

  it('keeps staff out: no Pengguna link, and the page says why and who can', async () => {
    const staff = await loggedIn('staff@bantul.demo');
    expect(await staff.getByRole('link', { name: 'Pengguna' }).count()).toBe(0);
    await staff.goto(`${portal.server.url}/pengguna`);
    await expect
      .poll(() => staff.getByTestId('not-allowed').textContent())
      .toContain('Hanya admin organisasi Anda yang dapat melakukannya; peran Anda: Staf.');
  });

  it('fits a phone', async () => {
    const admin = await loggedIn('admin@sleman.demo', { width: 360, height: 740 });
    await admin.goto(`${portal.server.url}/pengguna`);
    await admin.getByTestId('user-row').first().waitFor();
    const width = await admin.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
    await screenshot(admin, 'users-phone.png');
  });
});
