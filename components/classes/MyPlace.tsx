import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { movePlace } from '@/lib/classes/actions/enrol';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Button } from '@/components/ui/Button';
import { NoticeBanner } from '@/components/ui/NoticeBanner';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Place = { id: string; status: 'APPLIED' | 'WAITING' | 'OFFERED' | 'ENROLLED'; offerExpiresAt: Date | null; position: number | null };

/** The resident's own place in the section, and the moves they may make: accept, decline, leave, withdraw. */
export async function MyPlace({ place, sectionId, locale }: { place: Place; sectionId: string; locale: Locale }) {
  const t = await getTranslations('Classes.section');
  const form = (move: 'accept' | 'leave', label: string, variant: 'primary' | 'secondary' | 'warning') => (
    <PostForm action={movePlace} permalink={formPermalink(`/${locale}/classes/${sectionId}`, {}, `place-${move}`)}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="section" value={sectionId} />
      <input type="hidden" name="enrolment" value={place.id} />
      <input type="hidden" name="move" value={move} />
      <Button variant={variant}>{label}</Button>
    </PostForm>
  );
  const expires = place.offerExpiresAt;
  const title =
    place.status === 'ENROLLED'
      ? t('enrolled')
      : place.status === 'APPLIED'
        ? t('applied')
        : place.status === 'WAITING'
          ? t('waiting', { position: String(place.position ?? 1) })
          : t('offered', { date: formatCityDate(expires!, locale), time: formatCityTime(expires!, locale), zone: cityZoneName(locale, expires!) });
  const leaveLabel = { OFFERED: t('decline'), WAITING: t('leaveWaitlist'), APPLIED: t('withdrawApplication'), ENROLLED: t('withdraw') }[place.status];
  return (
    <NoticeBanner tone={place.status === 'OFFERED' ? 'warning' : 'success'} title={title}>
      <div className="mt-2 flex flex-wrap gap-4">
        {place.status === 'OFFERED' ? form('accept', t('accept'), 'primary') : null}
        {form('leave', leaveLabel, place.status === 'ENROLLED' ? 'warning' : 'secondary')}
      </div>
    </NoticeBanner>
  );
}
