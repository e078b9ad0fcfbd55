import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import type { RenderedMail } from './templates';

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

/**
 * Hands one message to the SMTP server named by SMTP_URL. Without it nothing is sent, and the log
 * says where the message would have gone (recipient and subject, never the body: it may hold a
 * one-time link). A refusal throws, so the `send-email` job is retried.
 */
export async function deliver(config: Config, log: Logger, to: string, mail: RenderedMail): Promise<void> {
  if (!config.SMTP_URL) {
    log.info(
      { event: 'mail.not-sent', to, subject: mail.subject },
      `SMTP_URL is not set: an email to ${to} ("${mail.subject}") was not sent`,
    );
    return;
  }
  const info = await transportFor(config.SMTP_URL).sendMail({
    from: config.MAIL_FROM,
    to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
  log.info({ event: 'mail.sent', to, messageId: info.messageId }, `email to ${to} sent`);
}
