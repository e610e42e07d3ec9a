// Sends e-mail through the operator's SMTP server (nodemailer): the only module that loads it.
import nodemailer from 'nodemailer';
import { UprError } from '../core/index.js';
import type { DigestMessage } from './digest.js';

export interface Mailer {
  /** Resolves once the server accepted the message for `to`; rejects otherwise. */
  send(to: string, message: DigestMessage): Promise<void>;
  close(): void;
}

/** A mailer for `smtpUrl` (smtp://user:pass@host:587, smtps://… for TLS from the start) sending from `from`. */
export function createMailer(smtpUrl: string, from: string): Mailer {
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new UprError('invalid_input', 'UPR_SMTP_URL must be a URL such as smtp://user:password@mail.example.org:587', { field: 'UPR_SMTP_URL' });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new UprError('invalid_input', `UPR_SMTP_URL must start with smtp:// or smtps://, got ${url.protocol}//`, { field: 'UPR_SMTP_URL' });
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(to, message) {
      const info = await transport.sendMail({
        from, to, subject: message.subject, text: message.text, html: message.html,
        headers: { 'List-Unsubscribe': `<${message.unsubscribe}>` },
      });
      const accepted = ((info.accepted ?? []) as (string | { address: string })[]).map((a) => (typeof a === 'string' ? a : a.address).toLowerCase());
      if (!accepted.includes(to.toLowerCase())) throw new UprError('conflict', `the mail server did not accept the message for ${to} (${info.response})`, { value: to });
    },
    close: () => transport.close(),
  };
}
