import { PLATFORM } from '@jamsos/schema';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../helpers/browser';
import { DEMO_PASSWORD } from '../helpers/graphql-client';
import { startServer, type TestServer } from '../helpers/server';
import { type Mailbox, startMailbox } from '../helpers/smtp';

/**
 * "Lupa kata sandi?" through the web client, the email read from a real SMTP server, its link
 * opened in the browser; and the operator's job queue page. Phone width, both languages.
 */
let server: TestServer;
let browser: Browser;
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
  [server, browser] = await Promise.all([
    startServer({ SMTP_URL: mailbox.url, JOBS_POLL_SECONDS: '0.5' }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await mailbox?.stop();
});

describe('a forgotten password, in the browser', () => {
  it('is reset with the emailed link, and the new password logs in', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/login`);
    await page.getByTestId('forgot-password').click();
    await page.waitForURL(/\/lupa-sandi$/);
    await page.getByTestId('reset-email').fill('staff@kulon-progo.demo');
    await screenshot(page, 'forgot-password-phone-id.png');
    await page.getByTestId('reset-request').click();
    await page.getByTestId('reset-requested').waitFor();
    const mail = await mailbox.waitFor('staff@kulon-progo.demo');
    expect(mail.subject).toBe('Atur ulang kata sandi');
    const link = /https?:\/\/\S+\/atur-ulang-sandi\/[A-Za-z0-9_-]+/.exec(mail.text ?? '')?.[0];
    expect(link).toBeTruthy();
    await page.goto(link as string);
    await page.getByTestId('reset-password').fill('Sandi-Baru-untuk-Kulon-Progo-1');
    await page.getByTestId('reset-confirm').fill('Sandi-Baru-untuk-Kulon-Progo-1');
    await screenshot(page, 'reset-password-phone-id.png');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-done').waitFor();
    await page.getByRole('link').first().click();
    await page.waitForURL(/\/login$/);
    await page.getByTestId('login-email').fill('staff@kulon-progo.demo');
    await page.getByTestId('login-password').fill('Sandi-Baru-untuk-Kulon-Progo-1');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-name').waitFor({ state: 'attached' });
    // The same link a second time: no longer valid, and the page says so.
    await page.context().clearCookies();
    await page.goto(link as string);
    await page.getByTestId('reset-password').fill('Sandi-Lain-untuk-Kulon-Progo-2');
    await page.getByTestId('reset-confirm').fill('Sandi-Lain-untuk-Kulon-Progo-2');
    await page.getByTestId('reset-submit').click();
    expect(await page.getByTestId('reset-error').textContent()).toContain('tidak berlaku');
    await page.context().close();
  }, 120_000);
});

describe('the job queue page', () => {
  it('shows the operator the jobs and schedules, in English too', async () => {
    await server.portal.jobs.runNow('overdue-notices');
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(PLATFORM.operatorEmail);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-name').waitFor({ state: 'attached' });
    await page.goto(`${server.url}/antrean`);
    await page.getByTestId('jobs').waitFor();
    expect(await page.getByTestId('schedules').textContent()).toContain('Pemberitahuan lewat tenggat');
    await screenshot(page, 'jobs-phone-id.png');
    await page.evaluate(() => localStorage.setItem('jamsos.lang', 'en'));
    await page.reload();
    await page.getByTestId('jobs').waitFor();
    expect(await page.getByTestId('schedules').textContent()).toContain('Overdue notices');
    await screenshot(page, 'jobs-phone-en.png');
    await page.context().close();
  }, 120_000);
});

describe('email choices on the profile page', () => {
  it('are saved and come back', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill('admin@gunungkidul.demo');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('user-name').waitFor({ state: 'attached' });
    await page.goto(`${server.url}/profil`);
    const form = page.getByTestId('email-preferences');
    await form.waitFor();
    await form.getByLabel('Tugas lewat tenggat').check();
    await form.getByRole('combobox').selectOption('en');
    await page.getByTestId('email-preferences-save').click();
    await form.getByRole('status').waitFor();
    await screenshot(page, 'email-choices-phone-id.png');
    await page.reload();
    await page.getByTestId('email-preferences').waitFor();
    expect(await page.getByTestId('email-preferences').getByLabel('Tugas lewat tenggat').isChecked()).toBe(true);
    expect(await page.getByTestId('email-preferences').getByRole('combobox').inputValue()).toBe('en');
    await page.context().close();
  }, 120_000);
});
