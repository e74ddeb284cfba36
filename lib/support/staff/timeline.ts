import 'server-only';
import { getTranslations } from 'next-intl/server';
import { db } from '@/lib/db';
import type { TimelineEvent } from '@/lib/cases/registration';
import type { Locale } from '@/lib/i18n/locales';
import { formatWon } from '../format';

type DecisionData = { amount?: unknown; proposedBy?: unknown; approvedBy?: unknown; approvalNote?: unknown };

/**
 * The amounts of a grant's proposal, its decline and its approval on the staff timeline, with
 * both people named when it needed approval (the approver is the event's actor, the proposer is
 * in its data). Names of staff only: nothing here reaches the resident.
 */
export async function supportTimelineLines(events: readonly TimelineEvent[], locale: Locale): Promise<ReadonlyMap<string, readonly string[]>> {
  const relevant = events.filter((e) => ['approval_requested', 'approval_declined', 'approved'].includes(e.type));
  if (relevant.length === 0) return new Map();
  const t = await getTranslations('AdminSupport.timeline');
  const data = (e: TimelineEvent) => (e.data ?? {}) as DecisionData;
  const ids = [...new Set(relevant.flatMap((e) => [data(e).proposedBy, data(e).approvedBy]).filter((id): id is string => typeof id === 'string'))];
  const staff = ids.length ? await db.staffUser.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  const nameOf = (id: unknown) => staff.find((s) => s.id === id)?.name ?? t('someone');
  const lines = new Map<string, string[]>();
  for (const e of relevant) {
    const d = data(e);
    if (typeof d.amount !== 'number') continue;
    const amount = formatWon(d.amount, locale);
    if (e.type === 'approval_requested') lines.set(e.id, [t('proposed', { amount })]);
    else if (e.type === 'approval_declined') lines.set(e.id, [t('declined', { amount, proposer: nameOf(d.proposedBy) })]);
    else if (typeof d.approvedBy === 'string') {
      lines.set(e.id, [
        t('approvedWithApprover', { amount, proposer: nameOf(d.proposedBy), approver: nameOf(d.approvedBy) }),
        ...(typeof d.approvalNote === 'string' ? [t('approvalNote', { note: d.approvalNote })] : []),
      ]);
    } else lines.set(e.id, [t('approved', { amount })]);
  }
  return lines;
}
