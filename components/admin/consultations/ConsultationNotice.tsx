import { getTranslations } from 'next-intl/server';
import { NoticeBanner } from '@/components/ui/NoticeBanner';

const done = ['checkedIn', 'noShow', 'outcome', 'cancelled', 'walkIn', 'capacity', 'blockAdded', 'blockRemoved', 'closureAdded', 'closureRemoved'] as const;
const problems = ['notFound', 'notBooked', 'notActive', 'notYetStarted', 'notToday', 'notCheckedIn', 'belowBooked', 'notCounsellor', 'unknownTopic', 'unknownCenter'] as const;
const known = <T extends string>(list: readonly T[], value: unknown): value is T => typeof value === 'string' && (list as readonly string[]).includes(value);

/**
 * What the last change did, after a post/redirect/get: `?done=…` or `?problem=…` from the
 * consultation actions. Only known keys are shown, so a crafted link cannot put text on the page.
 */
export async function ConsultationNotice({ params }: { params: Record<string, string | string[] | undefined> }) {
  const t = await getTranslations('Admin.consultations');
  if (known(done, params.done)) return <NoticeBanner tone="success" title={t(`done.${params.done}`)} />;
  if (params.problem === 'capacity') return <NoticeBanner tone="urgent" title={t('errors.capacity')} />;
  if (known(problems, params.problem)) {
    const booked = Number(params.booked);
    return <NoticeBanner tone="urgent" title={t(`problems.${params.problem}`, { booked: Number.isFinite(booked) ? booked : 0 })} />;
  }
  return null;
}
