import type { Feature } from '../common/feature';
import { sendEmailJob } from './mail.jobs';

/**
 * Email that leaves the portal: nodemailer to SMTP_URL, each message a `send-email` job (retried),
 * in the recipient's language with a plain-text part. Features queue messages with
 * `ctx.jobs.send('send-email', email(to, language, template, params))`.
 */
export const mailFeature: Feature = {
  name: 'mail',
  resolvers: [],
  rules: [],
  jobs: [sendEmailJob],
};
