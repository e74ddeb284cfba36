import 'server-only';
import { db } from '@/lib/db';

/** What a `message_sent` event stores (lib/hub/messages/send.ts). */
type SentData = { templateKey?: unknown; versionId?: unknown; revision?: unknown; locale?: unknown; outboxId?: unknown };

export type SentMessage = { templateKey: string; revision: number; locale: string; title: string; body: string; delivery: 'PENDING' | 'SENT' | 'FAILED' | 'UNKNOWN' };

const str = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The messages behind `message_sent` events: the version's own words (versions are never
 * changed, so these are what went out) and the outbox's delivery status now. Keyed by event id.
 */
export async function sentMessages(events: readonly { id: string; type: string; data: unknown }[]): Promise<Map<string, SentMessage>> {
  const sent = events.filter((e) => e.type === 'message_sent').map((e) => ({ id: e.id, data: (e.data ?? {}) as SentData }));
  if (sent.length === 0) return new Map();
  const versionIds = sent.map((e) => str(e.data.versionId)).filter(Boolean);
  const outboxIds = sent.map((e) => str(e.data.outboxId)).filter(Boolean);
  const [versions, outbox] = await Promise.all([
    db.messageTemplateVersion.findMany({ where: { id: { in: versionIds } }, select: { id: true, title: true, body: true } }),
    db.outboxMessage.findMany({ where: { id: { in: outboxIds } }, select: { id: true, status: true } }),
  ]);
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const statusById = new Map(outbox.map((o) => [o.id, o.status]));
  return new Map(
    sent.map((e) => {
      const version = versionById.get(str(e.data.versionId));
      return [
        e.id,
        {
          templateKey: str(e.data.templateKey),
          revision: typeof e.data.revision === 'number' ? e.data.revision : 0,
          locale: str(e.data.locale),
          title: version?.title ?? '',
          body: version?.body ?? '',
          delivery: statusById.get(str(e.data.outboxId)) ?? 'UNKNOWN',
        },
      ];
    }),
  );
}

/**
 * The messages staff sent about the resident's own cases, oldest first, per case: only cases of
 * this resident (the where says so), and only the words sent to them, never staff notes.
 */
export async function messagesForResident(residentId: string): Promise<Map<string, { at: Date; locale: string; title: string; body: string }[]>> {
  const events = await db.caseEvent.findMany({
    where: { type: 'message_sent', case: { residentId } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, caseId: true, type: true, data: true, createdAt: true },
  });
  const messages = await sentMessages(events);
  const byCase = new Map<string, { at: Date; locale: string; title: string; body: string }[]>();
  for (const e of events) {
    const m = messages.get(e.id);
    if (!m) continue;
    const list = byCase.get(e.caseId) ?? [];
    list.push({ at: e.createdAt, locale: m.locale, title: m.title, body: m.body });
    byCase.set(e.caseId, list);
  }
  return byCase;
}
