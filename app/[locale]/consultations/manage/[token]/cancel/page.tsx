import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import { allowedChanges, bookingFromToken } from '@/lib/consultations/queries';
import { cancelFromLink } from '@/lib/consultations/actions/manage';
import { BookingSummary } from '@/components/consultations/BookingSummary';
import { LinkProblem } from '@/components/consultations/LinkProblem';
import { Button } from '@/components/ui/Button';
import { Link } from '@/lib/i18n/navigation';
import { PostForm } from '@/components/forms/PostForm';
import { formPermalink } from '@/lib/forms/permalink';

type Props = { params: Promise<{ locale: Locale; token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'Consultations.cancel' }))('title'), robots: { index: false, follow: false } };
}

/**
 * "Are you sure?" with a button that posts. Opening this page (as a mail scanner following the
 * link would) changes nothing.
 */
export default async function CancelPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const access = await bookingFromToken(token, locale);
  if (access.kind !== 'ok') return <LinkProblem kind={access.kind} />;
  const { booking } = access;
  const t = await getTranslations('Consultations.cancel');
  const back = `/consultations/manage/${token}`;
  const problem = allowedChanges(booking).cancel ?? (typeof query.problem === 'string' ? query.problem : null);
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
      <BookingSummary booking={booking} locale={locale} />
      {problem ? (
        <p className="mb-4 max-w-2xl" role="alert">
          {t(problem === 'deadline_passed' ? 'deadlinePassed' : 'notActive', { phone: booking.centre.phone })}
        </p>
      ) : (
        <PostForm action={cancelFromLink} permalink={formPermalink(`/${locale}/consultations/manage/${token}/cancel`)}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="token" value={token} />
          <p className="mb-4 max-w-2xl">{t('warning')}</p>
          <Button variant="warning">{t('confirm')}</Button>
        </PostForm>
      )}
      <p className="mt-6">
        <Link href={back}>{t('keep')}</Link>
      </p>
    </>
  );
}
