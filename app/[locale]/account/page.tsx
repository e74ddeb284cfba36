import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { requireResident } from '@/lib/auth/guards';
import { listMyDrafts, listMyRequests } from '@/lib/registry/my-requests';
import { residentSignOut } from '@/lib/auth/actions/resident-sign-in';
import { cityZoneName, formatCityDate, formatCityTime } from '@/lib/time/seoul';
import { Link } from '@/lib/i18n/navigation';
import { Tag, type TagTone } from '@/components/ui/Tag';
import { Button } from '@/components/ui/Button';
import { messagesForResident } from '@/lib/hub/messages/sent';
import { directionOf, isLocale, languageTags } from '@/lib/i18n/locales';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Account' }))('title'), robots: { index: false } };
}

const tones: Record<string, TagTone> = {
  SUBMITTED: 'info',
  IN_REVIEW: 'info',
  WAITING_FOR_RESIDENT: 'warning',
  SCHEDULED: 'info',
  APPROVED: 'success',
  COMPLETED: 'success',
  REJECTED: 'error',
  CANCELLED: 'neutral',
  NO_SHOW: 'neutral',
  WAITING: 'warning',
  OFFERED: 'warning',
  ENROLLED: 'success',
  DECLINED: 'neutral',
  EXPIRED: 'neutral',
  INFO_REQUESTED: 'warning',
  PAID: 'success',
  WITHDRAWN: 'neutral',
};

// The kind's own names: `Cases.<kind>.residentStatus.<status>` and `…residentEvents.<event>`.
type KindKey = 'CONSULTATION';
// Kinds whose service keeps drafts before a case exists: `Cases.<kind>.draft.*`.
type DraftKindKey = 'EMERGENCY_SUPPORT';

/** "My requests": one timeline of everything the resident asked for, in their language. */
export default async function AccountPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const resident = await requireResident(locale);
  const [t, ts, requests, drafts, messages] = await Promise.all([
    getTranslations('Account'),
    getTranslations('Cases'),
    listMyRequests(resident),
    listMyDrafts(resident),
    messagesForResident(resident.id),
  ]);
  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <PostForm action={residentSignOut} permalink={formPermalink(`/${locale}/account`)}>
          <input type="hidden" name="locale" value={locale} />
          <Button variant="secondary">{t('signOut')}</Button>
        </PostForm>
      </div>
      <p className="mb-6">
        {t('signedInAs', { email: resident.email })} <Link href="/account/settings">{t('settingsLink')}</Link>
      </p>
      {drafts.length > 0 ? (
        <ul className="mb-6 space-y-4">
          {drafts.map((d) => (
            <li key={d.id} className="border-s-4 border-warning bg-wash p-4">
              <h2 className="text-xl font-bold">{t(`kinds.${d.kind as DraftKindKey}`)}</h2>
              <p>
                <Tag tone="warning">{ts(`${d.kind as DraftKindKey}.draft.title`)}</Tag>
              </p>
              <p className="mt-1">{ts(`${d.kind as DraftKindKey}.draft.saved`, { date: formatCityDate(d.savedAt, locale), until: formatCityDate(d.keptUntil, locale) })}</p>
              <p className="mt-1">
                <Link href={d.path}>{ts(`${d.kind as DraftKindKey}.draft.continue`)}</Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
      {requests.length === 0 && drafts.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="space-y-4" aria-label={t('title')}>
          {requests.map((r) => (
            <li key={r.reference} className="border-s-4 border-brand bg-wash p-4">
              <h2 className="text-xl font-bold">{t(`kinds.${r.kind}`)}</h2>
              <p>
                {t('reference')}:{' '}
                <span className="font-mono" dir="ltr">
                  {r.reference}
                </span>
              </p>
              <p>
                {t('submitted', { date: formatCityDate(r.createdAt, locale) })}
                {r.registered ? (
                  <>
                    {' · '}
                    <Tag tone={tones[r.status]}>{ts(`${r.kind as KindKey}.residentStatus.${r.status as 'SCHEDULED'}`)}</Tag>
                  </>
                ) : null}
              </p>
              {r.summary.appointment ? (
                <p className="mt-1">
                  {t('appointment', {
                    date: formatCityDate(r.summary.appointment.startsAt, locale),
                    time: formatCityTime(r.summary.appointment.startsAt, locale),
                    zone: cityZoneName(locale, r.summary.appointment.startsAt),
                  })}{' '}
                  {r.summary.managePath ? <Link href={r.summary.managePath}>{t('manageBooking')}</Link> : null}
                </p>
              ) : null}
              {r.kind === 'KOREAN_CLASS' ? (
                <p className="mt-1">
                  {r.summary.waitlistPosition ? <>{ts('KOREAN_CLASS.summary.waitlist', { position: String(r.summary.waitlistPosition) })} </> : null}
                  {r.summary.offerExpiresAt ? (
                    <>
                      {ts('KOREAN_CLASS.summary.offer', {
                        date: formatCityDate(r.summary.offerExpiresAt, locale),
                        time: formatCityTime(r.summary.offerExpiresAt, locale),
                        zone: cityZoneName(locale, r.summary.offerExpiresAt),
                      })}{' '}
                    </>
                  ) : null}
                  {r.summary.managePath ? <Link href={r.summary.managePath}>{ts('KOREAN_CLASS.summary.manage')}</Link> : null}
                </p>
              ) : null}
              {r.summary.reply ? (
                <p className="mt-1 font-semibold" data-reply-by>
                  {ts('EMERGENCY_SUPPORT.summary.reply', { date: formatCityDate(r.summary.reply.dueAt, locale) })} <Link href={r.summary.reply.path}>{ts('EMERGENCY_SUPPORT.summary.answer')}</Link>
                </p>
              ) : null}
              {r.nextStep !== 'none' ? <p className="mt-1">{t(`nextStep.${r.nextStep}`)}</p> : null}
              {r.summary.letterPath ? (
                <p className="mt-1">
                  <Link href={r.summary.letterPath}>{ts('EMERGENCY_SUPPORT.summary.letter')}</Link>
                </p>
              ) : null}
              {r.summary.withdrawPath ? (
                <p className="mt-1">
                  <Link href={r.summary.withdrawPath}>{ts('EMERGENCY_SUPPORT.summary.withdraw')}</Link>
                </p>
              ) : null}
              {messages.get(r.id)?.length ? (
                <div className="mt-3">
                  <h3 className="text-lg font-bold">{t('messages.heading')}</h3>
                  <ol className="mt-2 space-y-3">
                    {messages.get(r.id)!.map((m, index) => {
                      const lang = isLocale(m.locale) ? m.locale : locale;
                      return (
                        <li key={index} className="border-s-2 border-muted ps-3">
                          <p className="text-sm">{t('messages.sentOn', { date: formatCityDate(m.at, locale), time: formatCityTime(m.at, locale) })}</p>
                          <div lang={languageTags[lang]} dir={directionOf(lang)}>
                            <p className="font-semibold">{m.title}</p>
                            <p className="whitespace-pre-wrap">{m.body}</p>
                          </div>
                        </li>
                      );
                    })}
                  </ol>
                </div>
              ) : null}
              {r.history.length > 0 ? (
                <details className="mt-2">
                  <summary className="cursor-pointer font-semibold">{t('history')}</summary>
                  <ol className="mt-2 space-y-1 border-s-2 border-muted ps-4">
                    {r.history.map((event, index) => (
                      <li key={index}>
                        {formatCityDate(event.at, locale)}, {formatCityTime(event.at, locale)}: {ts(`${r.kind as KindKey}.residentEvents.${event.type as 'booked'}`)}
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
