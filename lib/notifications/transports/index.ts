import { readMailConfig } from '../config';
import { noneTransport } from './none';
import { smsLogTransport } from './sms-log';
import { createSmtpTransport } from './smtp';
import type { TransportSet } from './types';

export type { OutgoingMessage, Transport, TransportSet } from './types';

/** The transports the environment asks for: SMTP when SMTP_URL is set, else "none"; SMS is logged. */
export function createTransports(env: Record<string, string | undefined> = process.env): TransportSet {
  const mail = readMailConfig(env);
  return {
    EMAIL: mail.smtpUrl ? createSmtpTransport({ url: mail.smtpUrl, from: mail.from }) : noneTransport,
    SMS: smsLogTransport,
  };
}

export function closeTransports(transports: TransportSet): void {
  for (const transport of new Set(Object.values(transports))) transport.close?.();
}
