import type { Transport } from './types';

/**
 * Used for email when SMTP_URL is unset (development, demonstrations, a city without a mail
 * server yet): nothing leaves the machine, the message is marked SENT with transport "none", and
 * staff read it in the admin mail view as "kept, not sent", with its codes and private links
 * masked (docs/decisions/010).
 */
export const noneTransport: Transport = {
  name: 'none',
  async send() {},
};
