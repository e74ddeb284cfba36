import { maskPhone } from '../recipients';
import type { Transport } from './types';

/**
 * Stands in for an SMS provider (none is reachable here): one log line per message and success.
 * The line masks the number and leaves out the text, which may hold a sign-in code. A real
 * provider implements the same Transport interface.
 */
export const smsLogTransport: Transport = {
  name: 'sms-log',
  async send(message) {
    console.info(`outbox sms-log: channel=${message.channel} to=${maskPhone(message.to)} template=${message.template} length=${[...message.text].length}`);
  },
};
