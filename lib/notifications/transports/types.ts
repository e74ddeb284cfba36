import type { MessageChannel } from '@/lib/db/generated/sqlite/enums';

/** A queued message as the dispatcher hands it to a transport: already rendered. */
export type OutgoingMessage = {
  id: string;
  channel: MessageChannel;
  template: string;
  locale: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** [{ filename, contentType, content }] as stored (OutboxMessage.attachments). */
  attachments?: unknown;
  /** { name: value } as stored (OutboxMessage.headers). */
  headers?: unknown;
};

/**
 * Delivers messages of one channel. `send` resolves once the message is handed over (the mail
 * server accepted it) and throws to ask for a retry. `name` is stored on the message as how it
 * went out, for the admin mail view.
 */
export interface Transport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<void>;
  close?(): void;
}

export type TransportSet = Record<MessageChannel, Transport>;
