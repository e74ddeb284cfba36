import type { Transport } from './types';

/**
 * Used for email when SMTP_URL is unset (development, demonstrations, a city without a mail
 * server yet): nothing leaves the machine, the message is marked SENT with transport "none", and
 * staff read it in the admin mail view, which always has the full text.
 */
export const noneTransport: Transport = {
  name: 'none',
  async send() {},
};
