import { defineJob } from '../common/jobs';
import { deliver } from './mailer';
import { type MailLanguage, render, type TemplateName, type TemplateParams } from './templates';

/** What `send-email` carries: whom, which message in which language, and its details. */
export interface EmailJobData<T extends TemplateName = TemplateName> {
  to: string;
  language: MailLanguage;
  template: T;
  params: TemplateParams[T];
}

/** The data of a `send-email` job, typed by its template (`ctx.jobs.send('send-email', email(…))`). */
export function email<T extends TemplateName>(
  to: string,
  language: string,
  template: T,
  params: TemplateParams[T],
): EmailJobData<T> {
  return { to, language: language === 'en' ? 'en' : 'id', template, params };
}

/**
 * Sends one email; retried with backoff when the SMTP server refuses or is away (a message sent
 * twice after a crash between sending and recording is possible; one lost is not).
 */
export const sendEmailJob = defineJob<EmailJobData>({
  name: 'send-email',
  retryLimit: 8,
  retryDelaySeconds: 30,
  run: async (job, data) => {
    await deliver(job.config, job.log, data.to, render(data.template, data.language, data.params));
  },
});

/** The address links in email point to. */
export function publicUrl(config: { PUBLIC_URL?: string | undefined; PORT: number }): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}
